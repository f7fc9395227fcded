/** Character classes and the plain-text view of a DOM subtree, shared by every reader. */

/** Elements whose content is never article text (code, widgets, form controls, media fallbacks). */
export const IGNORED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'svg',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'OPTION',
  'BUTTON',
  'TEXTAREA',
  'INPUT',
  'HEAD',
  'LINK',
  'META',
  'MAP',
]);

/** Elements that start a new line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TD',
  'TH',
  'TR',
  'UL',
  'BR',
]);

/** Sentence punctuation: dense in Chinese prose, rare in navigation and labels. */
const PROSE_PUNCT = new Set([...'，。、；！？“”‘’「」『』《》（）…—,;!?'].map((mark) => mark.charCodeAt(0)));
/** The Latin-1 signs below À that are letters or numbers: ª ² ³ µ ¹ º ¼ ½ ¾. */
const LATIN1_SIGNS = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);
/** A content character as the corpus scorer counts it: Han, a letter or a digit. */
const CONTENT_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * Number of content characters (Han, letters, digits) in `text`, counting code points. A loop with
 * the common cases decided by range (ASCII, Latin-1, the main Han block, every code point of which
 * is assigned to Han, and the punctuation blocks of Chinese text), and the rest by the regular
 * expression, one character at a time: matching the whole text would build an array with one
 * string per character. Chinese prose seldom needs the expression, which is dear to compile.
 */
export function countContent(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) count++;
    } else if (code >= 0x4e00 && code <= 0x9fff) {
      count++;
    } else if (code >= 0xa0 && code <= 0xff) {
      // Latin-1: letters but for × and ÷, and a few signs (ª, ², ³, µ, ¹, º, ¼, ½, ¾).
      if (code >= 0xc0 ? code !== 0xd7 && code !== 0xf7 : LATIN1_SIGNS.has(code)) count++;
    } else if (code >= 0x2000 && code <= 0x206f) {
      // General punctuation (“ ” ‘ ’ — …): nothing to count.
    } else if (code >= 0x3000 && code <= 0x303f) {
      // CJK symbols and punctuation (、。《》「」): only the iteration marks and Hangzhou numerals.
      if (
        (code >= 0x3005 && code <= 0x3007) ||
        (code >= 0x3021 && code <= 0x3029) ||
        (code >= 0x3031 && code <= 0x3035) ||
        (code >= 0x3038 && code <= 0x303c)
      )
        count++;
    } else if (code >= 0xff01 && code <= 0xff5a) {
      // Full-width forms (，：；！？（）): only the digits and the Latin letters.
      if (
        (code >= 0xff10 && code <= 0xff19) ||
        (code >= 0xff21 && code <= 0xff3a) ||
        (code >= 0xff41 && code <= 0xff5a)
      )
        count++;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      if (CONTENT_CHAR.test(text.slice(i, i + 2))) count++;
      i++;
    } else if (CONTENT_CHAR.test(text[i]!)) {
      count++;
    }
  }
  return count;
}

/** Number of sentence punctuation marks in `text`. */
export function countPunct(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (PROSE_PUNCT.has(text.charCodeAt(i))) count++;
  return count;
}

/** Collapses runs of white space (including full-width and no-break spaces) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** True when the element is hidden by its own markup in a way no script undoes (display:none, hidden). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * The text of `root` minus the `skip` subtrees, one block per line, lines trimmed, no empty lines.
 * Hidden-by-markup descendants are left out; `root` itself is read even when hidden, since WeChat
 * hides its article container until its script runs.
 */
export function collectLines(root: Element, skip: ReadonlySet<Element>): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = squash(current);
    if (line) lines.push(line);
    current = '';
  };
  const visit = (node: Node, isTop: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (IGNORED_TAGS.has(tag) || skip.has(el) || isHiddenByMarkup(el)) {
        // A skipped block still separates the text around it.
        if (BLOCK_TAGS.has(tag)) flush();
        continue;
      }
      if (tag === 'BR') {
        flush();
        continue;
      }
      const isBlock = BLOCK_TAGS.has(tag);
      if (isBlock) flush();
      visit(el, false);
      if (isBlock) flush();
    }
    if (isTop) flush();
  };
  visit(root, true);
  return lines;
}
