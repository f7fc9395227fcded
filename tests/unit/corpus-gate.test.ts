import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../bench/lib/corpus';
import { scoreBody, scoreTitle } from '../../bench/lib/score';
import { parsePage } from '../../scripts/lib/load-page';
import { decodeHtml } from '../../src/core/decode';
import { findArticle } from '../../src/page/article/find-article';

// The shared corpus sits next to the repository and is never copied into it.
const corpusDir = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const MIN_F1 = 0.97;
const MIN_TITLE_EXACT = 0.9;

describe('article detection on the shared corpus (regression gate)', () => {
  if (!existsSync(corpusDir)) {
    it('is not run: the corpus is absent', () => {
      console.log(`corpus gate: no corpus at ${corpusDir}; article detection was not measured`);
      expect(existsSync(corpusDir)).toBe(false);
    });
    return;
  }

  it(`keeps mean body F1 >= ${MIN_F1} and title exact >= ${MIN_TITLE_EXACT}`, async () => {
    const pages = listPages(corpusDir);
    expect(pages.length).toBeGreaterThan(0);
    const rows: { id: string; f1: number; title: boolean | null }[] = [];
    for (const page of pages) {
      const loaded = parsePage(decodeHtml(readFileSync(page.htmlPath)).html, page.truth.url);
      const article = findArticle(loaded.document, { url: loaded.url });
      rows.push({
        id: page.id,
        f1: scoreBody(article.text, page.truth.body_text).f1,
        title: page.truth.title === null ? null : scoreTitle(article.title, page.truth.title).exact,
      });
      await loaded.close();
    }
    const meanF1 = rows.reduce((sum, row) => sum + row.f1, 0) / rows.length;
    const titled = rows.filter((row) => row.title !== null);
    const titleExact = titled.filter((row) => row.title).length / titled.length;
    const worst = [...rows]
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 5)
      .map((row) => `${row.id} ${row.f1.toFixed(3)}`)
      .join(', ');
    const wrongTitles = titled.filter((row) => !row.title).map((row) => row.id);
    expect(meanF1, `mean F1 ${meanF1.toFixed(3)}; worst: ${worst}`).toBeGreaterThanOrEqual(MIN_F1);
    expect(
      titleExact,
      `title exact ${titleExact.toFixed(3)}; wrong: ${wrongTitles.join(', ')}`,
    ).toBeGreaterThanOrEqual(MIN_TITLE_EXACT);
  }, 300_000);
});
