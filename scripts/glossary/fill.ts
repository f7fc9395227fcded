import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { CATEGORIES, type Category, type ZhRecord } from '../../src/core/glossary';
import { expectedTraditional, localePath, presentCategories } from './check';

// Regenerates every entry's `traditional` list from its headword and variants with OpenCC,
// keeping the field order of the file. Only writes the categories named, or all present ones.
const asked = process.argv.slice(2).filter((name) => (CATEGORIES as readonly string[]).includes(name));
const categories = asked.length > 0 ? (asked as Category[]) : presentCategories();
for (const category of categories) {
  const path = localePath('zh-CN', category);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ZhRecord>;
  let changed = 0;
  for (const record of Object.values(data)) {
    const traditional = expectedTraditional(record.zh, record.variants ?? []);
    if (JSON.stringify(traditional) !== JSON.stringify(record.traditional)) changed++;
    record.traditional = traditional;
  }
  const config = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(data, null, 2), { ...config, parser: 'json' }));
  console.log(`${category}: ${changed} entr${changed === 1 ? 'y' : 'ies'} updated`);
}
