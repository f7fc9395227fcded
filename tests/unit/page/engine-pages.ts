import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePage } from '../../../scripts/lib/load-page';
import { decodeHtml } from '../../../src/core/decode';
import { createGlossaryMatcher } from '../../../src/core/matcher';
import { createI18n, loadGlossary } from '../../../src/i18n';
import { findArticle } from '../../../src/page/article/find-article';

// Helpers shared by the annotation-engine tests: the real glossary, and every saved page.

export const glossary = loadGlossary(createI18n('en'));
export const matcher = createGlossaryMatcher(glossary);
export const describeTerm = (id: string) => {
  const entry = glossary.byId.get(id);
  return entry ? { gloss: entry.gloss, pinyin: entry.pinyin } : undefined;
};

/** The shared corpus sits next to the repository and is never copied into it. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures', import.meta.url));

export interface SavedPage {
  name: string;
  path: string;
}

/** Every fixture page: tests/fixtures/*.html and tests/fixtures/article/*.html. */
export function fixturePages(): SavedPage[] {
  const list = (dir: string, prefix: string) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map((file) => ({ name: `${prefix}${file}`, path: join(dir, file) }));
  return [...list(FIXTURES_DIR, ''), ...list(join(FIXTURES_DIR, 'article'), 'article/')];
}

/** Every corpus page (pages/<id>/source.html), or [] when the corpus is absent. */
export function corpusPages(): SavedPage[] {
  const dir = join(CORPUS_DIR, 'pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'source.html')))
    .sort()
    .map((id) => ({ name: `corpus/${id}`, path: join(dir, id, 'source.html') }));
}

/** A page parsed into happy-dom, with the article as the engine would find it. */
export function openPage(page: SavedPage, prepare: (html: string) => string = (html) => html) {
  const loaded = parsePage(prepare(decodeHtml(readFileSync(page.path)).html));
  const article = findArticle(loaded.document, { url: loaded.url });
  // A page that is not an article is annotated whole, as the popup's button does.
  const root = article.isArticle && article.root ? article.root : loaded.document.body;
  const skip = article.isArticle ? article.skip : [];
  return { ...loaded, article, root, skip };
}

/** Every element's attributes under `root`, in document order, as one comparable list. */
export function attributeSnapshot(root: Element): string[] {
  const elements = [root, ...root.querySelectorAll('*')];
  return elements
    .filter((element) => element.tagName.toLowerCase() !== 'cr-term')
    .map(
      (element) =>
        `${element.tagName}${[...element.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('')}`,
    );
}
