import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listPages } from '../../bench/lib/corpus';
import { ROOT } from './check';

export const DEFAULT_CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
export const SEED_ARTICLE = resolve(ROOT, '..', 'shared', 'seed', 'article.txt');

export interface NewsText {
  id: string;
  text: string;
}

/**
 * Real Chinese news text for the glossary tools: the seed article and the ground-truth bodies
 * of the corpus pages, read in place from ../shared (never copied into the repository).
 * Returns null with the reason when the corpus is not there.
 */
export function readNewsTexts(corpusDir = DEFAULT_CORPUS): { texts: NewsText[]; missing: string | null } {
  const texts: NewsText[] = [];
  if (existsSync(SEED_ARTICLE)) texts.push({ id: 'seed', text: readFileSync(SEED_ARTICLE, 'utf8') });
  if (!existsSync(join(corpusDir, 'pages'))) {
    return { texts, missing: `no corpus at ${corpusDir}` };
  }
  for (const page of listPages(corpusDir)) texts.push({ id: page.id, text: page.truth.body_text });
  return { texts, missing: null };
}
