import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { decodeHtml } from '../../../src/core/decode';
import { findArticle, findArticleInSteps } from '../../../src/page/article/find-article';
import { scanInSteps, scanPage } from '../../../src/page/article/scan';
import { corpusPages, fixturePages } from '../page/engine-pages';

// The annotator finds the article in steps, pausing as often as it likes: the result must be
// the same as in one go, however often it pauses.

const pages = [...fixturePages(), ...corpusPages()];
const load = (path: string) => parsePage(decodeHtml(readFileSync(path)).html);

describe('finding the article in steps', () => {
  it('finds the same article as in one go, pausing at every chance', () => {
    let pauses = 0;
    for (const page of pages) {
      const { document, url } = load(page.path);
      const whole = findArticle(document, { url });
      const steps = findArticleInSteps(document, { url, shouldPause: () => true });
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      const article = step.value;
      expect(article.root, page.name).toBe(whole.root);
      expect(article.skip, page.name).toEqual(whole.skip);
      expect({ ...article, root: null, skip: [] }, page.name).toEqual({ ...whole, root: null, skip: [] });
    }
    // Every page pauses at least between its passes, and pages with a site rule inside its body.
    expect(pauses).toBeGreaterThan(pages.length * 3);
  });

  it('counts a page child by child, down the tree, exactly as in one pass', () => {
    for (const page of pages) {
      const { document } = load(page.path);
      const body = document.body!;
      const steps = scanInSteps(body, () => true);
      let step = steps.next();
      while (!step.done) step = steps.next();
      const whole = scanPage(body);
      for (const [element, stats] of whole.stats)
        expect(step.value.stats.get(element), page.name).toEqual(stats);
      expect(step.value.stats.size, page.name).toBe(whole.stats.size);
      expect(new Set(step.value.blocks), page.name).toEqual(new Set(whole.blocks));
    }
  });
});
