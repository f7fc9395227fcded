import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The ground truth of one corpus page (see the corpus README). */
export interface Truth {
  id: string;
  url: string | null;
  site: string;
  encoding: string;
  title: string | null;
  page_title: string | null;
  body_text: string;
  must_contain: string[];
  must_not_contain: string[];
}

export interface CorpusPage {
  id: string;
  htmlPath: string;
  truth: Truth;
}

function readPage(dir: string, id: string): CorpusPage {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  return { id, htmlPath: join(dir, 'source.html'), truth };
}

/** The corpus pages under `corpusDir/pages`, sorted by id. */
export function listPages(corpusDir: string): CorpusPage[] {
  const pagesDir = join(corpusDir, 'pages');
  return readdirSync(pagesDir)
    .filter((id) => existsSync(join(pagesDir, id, 'truth.json')))
    .sort()
    .map((id) => readPage(join(pagesDir, id), id));
}

/** The variants under `corpusDir/variants`, sorted by id. */
export function listVariants(corpusDir: string): CorpusPage[] {
  const dir = join(corpusDir, 'variants');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'truth.json')))
    .sort()
    .map((id) => readPage(join(dir, id), id));
}
