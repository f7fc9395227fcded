import { HAN } from '../core/han';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * True when the page shows any Han character, in its title or in a text node of its body.
 * Stops at the first one, so a Chinese page costs almost nothing and a page without Chinese
 * costs one pass over its text nodes without building the page's text as a string.
 */
export function hasChinese(doc: Document): boolean {
  if (HAN.test(doc.title)) return true;
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (HAN.test((node as Text).data) && !SKIPPED.has(node.parentElement?.tagName ?? '')) return true;
  }
  return false;
}
