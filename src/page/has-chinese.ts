import { HAN } from '../core/han';

/**
 * True when any text node of the document, its title included, holds a Han character. Stops at
 * the first one. It walks text nodes only, from the document itself, and never asks for an
 * element: the first element a content script touches makes the browser build that element's
 * whole interface for the extension's world, which costs more than the walk on a page without
 * Chinese. Han text inside a script or style counts too; the annotator then finds no article.
 */
export function hasChinese(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (HAN.test((node as Text).data)) return true;
  }
  return false;
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * True when the page shows Han characters: in its title or in text outside scripts and styles.
 * The annotator's second look, after hasChinese let a script's Chinese string through.
 */
export function showsChinese(doc: Document): boolean {
  if (HAN.test(doc.title)) return true;
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (HAN.test((node as Text).data) && !NOT_TEXT.has(node.parentElement?.tagName ?? '')) return true;
  }
  return false;
}
