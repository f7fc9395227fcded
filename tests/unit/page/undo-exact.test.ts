import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateTerms, startAnnotation } from '../../../src/page/annotate';
import {
  attributeSnapshot,
  CORPUS_DIR,
  corpusPages,
  describeTerm,
  fixturePages,
  matcher,
  openPage,
  type SavedPage,
} from './engine-pages';

/**
 * Annotates a saved page with the real glossary and checks the engine's promises: the text and
 * every page attribute are unchanged, a second pass adds nothing, and undo restores the article
 * (and the whole body) byte for byte.
 */
async function checkPage(page: SavedPage) {
  const { document, root, skip, close } = openPage(page);
  const body = document.body;
  const before = { article: root.innerHTML, body: body.innerHTML, text: body.textContent };
  const attributes = attributeSnapshot(document.documentElement);

  const annotation = annotateTerms(root, { matcher, describe: describeTerm, skip });
  expect(root.querySelectorAll('cr-term').length).toBe(annotation.elements.length);
  expect(body.textContent).toBe(before.text);
  expect(attributeSnapshot(document.documentElement)).toEqual(attributes);

  // Idempotent: a second pass over the annotated article finds nothing left to mark.
  const annotated = root.innerHTML;
  const again = startAnnotation(root, { matcher, describe: describeTerm, skip });
  expect(again.step(Infinity)).toBe(true);
  expect(again.elements).toEqual([]);
  expect(root.innerHTML).toBe(annotated);

  annotation.undo();
  expect(root.innerHTML).toBe(before.article);
  expect(body.innerHTML).toBe(before.body);
  expect(document.querySelectorAll('cr-term[data-cr-term]').length).toBe(0);
  await close();
  return annotation.found.length;
}

describe('undo is exact on every fixture page, with the real glossary', () => {
  const pages = fixturePages();

  it('has fixture pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s', async (_name, page) => {
    await checkPage(page);
  });
});

describe('undo is exact on every corpus page, with the real glossary', () => {
  if (!existsSync(CORPUS_DIR)) {
    it('is not run: the corpus is absent', () => {
      console.log(`undo-exact: no corpus at ${CORPUS_DIR}; corpus pages were not checked`);
      expect(existsSync(CORPUS_DIR)).toBe(false);
    });
    return;
  }
  const pages = corpusPages();
  let total = 0;

  it('has corpus pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(50);
  });

  it.each(pages.map((page) => [page.name, page] as const))('%s', async (_name, page) => {
    total += await checkPage(page);
  });

  it('found terms on the corpus pages', () => {
    expect(total).toBeGreaterThan(pages.length);
  });
});
