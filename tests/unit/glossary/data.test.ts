import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formsOf } from '../../../src/core/glossary';
import { createGlossaryMatcher } from '../../../src/core/matcher';
import { createI18n, loadGlossary } from '../../../src/i18n';
import { checkGlossary } from '../../../scripts/glossary/check';
import { readNewsTexts } from '../../../scripts/glossary/texts';
import { seedArticleText } from '../../fixtures/seed-article';
import { SEED_TERMS } from '../../fixtures/seed-terms';

const glossary = loadGlossary(createI18n('en'));
const matcher = createGlossaryMatcher(glossary);
const GOLDEN = join(import.meta.dirname, 'seed-matches.golden.tsv');

describe('the glossary data', () => {
  const result = checkGlossary();

  it('passes every check: schema, ids, forms, pinyin, traditional forms, related ids, counter-examples', () => {
    expect(result.problems).toEqual([]);
  });

  it('loads through i18next with every entry the files hold, at least a thousand', () => {
    expect(glossary.entries).toHaveLength(result.entryCount);
    expect(glossary.entries.length).toBeGreaterThanOrEqual(1000);
  });

  it.each(SEED_TERMS)('has an entry that matches the seed term %s', (term) => {
    const found = matcher.findAll(term);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, end: term.length });
  });

  it('matches no entry inside a counter-example wherever one occurs in real news text', () => {
    const { texts, missing } = readNewsTexts();
    if (missing) console.log(`Counter-examples checked on the seed fixture only: ${missing}.`);
    texts.push({ id: 'seed fixture', text: seedArticleText() });
    const failures: string[] = [];
    for (const category of result.categories) {
      for (const [id, examples] of Object.entries(category.counterExamples)) {
        for (const example of examples) {
          for (const { id: textId, text } of texts) {
            const matches = matcher.findAll(text).filter((match) => match.id === id);
            for (let at = text.indexOf(example); at >= 0; at = text.indexOf(example, at + 1)) {
              const end = at + example.length;
              if (matches.some((match) => match.start < end && match.end > at)) {
                failures.push(`${id} matches inside '${example}' in ${textId}`);
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives the reviewed matches on the seed article', () => {
    const seed = seedArticleText();
    const lines = matcher.findAll(seed).map(({ start, end, id }) => {
      const entry = glossary.byId.get(id)!;
      const context = `${seed.slice(Math.max(0, start - 6), start)}[${seed.slice(start, end)}]${seed.slice(end, end + 6)}`;
      return [start, id, entry.en, context.replace(/\s+/g, ' ')].join('\t');
    });
    const actual = `offset\tid\tenglish\tcontext\n${lines.join('\n')}\n`;
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, actual);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('keeps each form with one entry only', () => {
    const owners = new Map<string, string>();
    for (const entry of glossary.entries) {
      for (const form of formsOf(entry)) {
        expect(owners.get(form) ?? entry.id, form).toBe(entry.id);
        owners.set(form, entry.id);
      }
    }
  });
});
