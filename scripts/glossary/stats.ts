import { CATEGORIES, type GlossaryEntry } from '../../src/core/glossary';
import { createGlossaryMatcher } from '../../src/core/matcher';
import { countTerms } from '../../src/core/summary';
import { createI18n, loadGlossary } from '../../src/i18n';
import { readNewsTexts } from './texts';

// `npm run glossary:stats [-- CORPUS_DIR]`: entries per category, how complete each field is,
// and how much of real news text the glossary covers.

const glossary = loadGlossary(createI18n('en'));
const matcher = createGlossaryMatcher(glossary);
const percent = (part: number, whole: number) =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;

console.log(`Glossary: ${glossary.entries.length} entries, ${matcher.formCount} forms\n`);
console.log('| category | entries |');
console.log('|---|---:|');
for (const category of CATEGORIES) {
  console.log(`| ${category} | ${glossary.entries.filter((entry) => entry.category === category).length} |`);
}

const fields: [string, (entry: GlossaryEntry) => boolean][] = [
  ['variants', (entry) => entry.variants.length > 0],
  ['literal', (entry) => entry.literal !== null],
  ['alternatives', (entry) => entry.alternatives.length > 0],
  ['related', (entry) => entry.related.length > 0],
  ['notIn', (entry) => entry.notIn.length > 0],
  ['en explanation of 2+ sentences', (entry) => /[.!?]\s+\S/.test(entry.explanationEn)],
];
console.log('\nRequired fields (headword, traditional, pinyin, English, gloss, both explanations) are');
console.log('checked by the schema test; the optional ones are filled in:\n');
console.log('| field | entries with it |');
console.log('|---|---:|');
for (const [name, has] of fields) {
  console.log(`| ${name} | ${percent(glossary.entries.filter(has).length, glossary.entries.length)} |`);
}

const { texts, missing } = readNewsTexts(process.argv[2]);
if (missing) console.log(`\nCorpus coverage: ${missing}; only the seed article is counted.`);
let characters = 0;
let occurrences = 0;
let withTerms = 0;
const seen = new Set<string>();
for (const { text } of texts) {
  const counts = countTerms(matcher.findAll(text));
  characters += text.length;
  occurrences += counts.reduce((sum, term) => sum + term.count, 0);
  if (counts.length > 0) withTerms++;
  for (const { id } of counts) seen.add(id);
}
console.log(
  `\nCoverage over ${texts.length} texts (the seed and the corpus bodies), ${characters} characters:`,
);
console.log(`- texts with at least one term: ${withTerms} (${percent(withTerms, texts.length)})`);
console.log(
  `- term occurrences: ${occurrences}, ${((1000 * occurrences) / Math.max(characters, 1)).toFixed(2)} per 1,000 characters`,
);
console.log(`- entries met at least once: ${seen.size} (${percent(seen.size, glossary.entries.length)})`);
