import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parsePage } from '../../scripts/lib/load-page';
import { decodeHtml } from '../../src/core/decode';
import { findArticle } from '../../src/page/article/find-article';
import type { CorpusPage } from './corpus';

/** What one extractor made of one page. */
export interface Extraction {
  text: string;
  title: string | null;
  isArticle: boolean;
  /** Median milliseconds of the extraction alone (parsing excluded), over the runs. */
  ms: number;
}

export type Extractor = 'crossriver' | 'readability';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function runOnce(extractor: Extractor, html: string, url: string | null): Promise<Extraction> {
  // Each run gets its own document: Readability rewrites the one it is given.
  const page = parsePage(html, url);
  try {
    if (extractor === 'crossriver') {
      const start = performance.now();
      const article = findArticle(page.document, { url: page.url });
      const ms = performance.now() - start;
      return { text: article.text, title: article.title, isArticle: article.isArticle, ms };
    }
    const isArticle = isProbablyReaderable(page.document);
    const start = performance.now();
    const result = new Readability(page.document).parse();
    const ms = performance.now() - start;
    return { text: result?.textContent ?? '', title: result?.title ?? null, isArticle, ms };
  } finally {
    await page.close();
  }
}

/** Runs both extractors on a page `runs` times each, interleaved so neither gets a warmer engine. */
export async function extractBoth(page: CorpusPage, runs: number): Promise<Record<Extractor, Extraction>> {
  const { html } = decodeHtml(readFileSync(page.htmlPath));
  const times: Record<Extractor, number[]> = { crossriver: [], readability: [] };
  let last: Partial<Record<Extractor, Omit<Extraction, 'ms'>>> = {};
  for (let i = 0; i < runs; i += 1) {
    const order: Extractor[] = i % 2 ? ['readability', 'crossriver'] : ['crossriver', 'readability'];
    for (const extractor of order) {
      const { ms, ...rest } = await runOnce(extractor, html, page.truth.url);
      times[extractor].push(ms);
      last = { ...last, [extractor]: rest };
    }
  }
  const pick = (extractor: Extractor): Extraction => {
    const result = last[extractor];
    if (!result) throw new Error(`no ${extractor} result for ${page.id}`);
    return { ...result, ms: median(times[extractor]) };
  };
  return { crossriver: pick('crossriver'), readability: pick('readability') };
}

export { median };
