import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { decodeHtml } from '../../../src/core/decode';
import { createGlossaryMatcher } from '../../../src/core/matcher';
import {
  createIndexMatcher,
  createTermIndex,
  fieldReader,
  TERM_FIELDS,
  type TermIndex,
} from '../../../src/core/term-index';
import { corpusPages, fixturePages, glossary } from '../page/engine-pages';

// The annotator matches with the term index's compiled matcher, which reaches it as JSON in the
// built extension: after that trip it must find exactly what the glossary's own matcher finds.

const index = JSON.parse(JSON.stringify(createTermIndex(glossary))) as TermIndex;
const fromIndex = createIndexMatcher(index);
const fromGlossary = createGlossaryMatcher(glossary);

describe('createIndexMatcher', () => {
  it('holds every form of the glossary', () => {
    expect(fromIndex.formCount).toBe(fromGlossary.formCount);
    expect(fromIndex.formCount).toBeGreaterThan(3000);
  });

  it('matches exactly as the glossary matcher on every fixture and corpus page', () => {
    let matches = 0;
    for (const page of [...fixturePages(), ...corpusPages()]) {
      const { document } = parsePage(decodeHtml(readFileSync(page.path)).html);
      const text = document.body?.textContent ?? '';
      const expected = fromGlossary.findAll(text);
      expect(fromIndex.findAll(text), page.name).toEqual(expected);
      matches += expected.length;
    }
    // The pages hold plenty of terms, so the comparison is not between two empty lists.
    expect(matches).toBeGreaterThan(200);
  });
});

describe('the term index fields', () => {
  it("give every entry's own text, after the trip through JSON", () => {
    for (const field of TERM_FIELDS) {
      const read = fieldReader(index[field]);
      glossary.entries.forEach((entry, at) => expect(read(at), `${entry.id} ${field}`).toBe(entry[field]));
    }
    expect(index.ids).toEqual(glossary.entries.map((entry) => entry.id));
  });

  it('reads empty lines, the first and the last', () => {
    const read = fieldReader('a\n\nccc');
    expect([read(0), read(1), read(2)]).toEqual(['a', '', 'ccc']);
  });

  it('names a line that is not there', () => {
    const read = fieldReader('a\nb');
    expect(() => read(2)).toThrow('No line 2 in a term index field of 2 lines');
    expect(() => read(-1)).toThrow(RangeError);
  });

  it('refuses an entry whose text holds a line break, naming it', () => {
    const [first, ...rest] = glossary.entries;
    const broken = { ...glossary, entries: [{ ...first!, gloss: 'two\nlines' }, ...rest] };
    expect(() => createTermIndex(broken)).toThrow(`The gloss of '${first!.id}' holds a line break`);
  });
});
