import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { decodeHtml } from '../../../src/core/decode';
import { createGlossaryMatcher } from '../../../src/core/matcher';
import { createIndexMatcher, createTermIndex, type TermIndex } from '../../../src/core/term-index';
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
