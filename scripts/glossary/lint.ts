import { CATEGORIES, type Category } from '../../src/core/glossary';
import { checkGlossary, presentCategories } from './check';

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(CATEGORIES as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown categories: ${unknown.join(', ')}. Known: ${CATEGORIES.join(', ')}`);
  process.exit(2);
}
const categories = asked.length > 0 ? (asked as Category[]) : presentCategories();
const { problems, entryCount } = checkGlossary(categories);
for (const problem of problems) console.log(problem);
console.log(`${entryCount} entries in ${categories.join(', ')}: ${problems.length} problem(s)`);
process.exit(problems.length > 0 ? 1 : 0);
