import { countContent, squash } from './text';

/** Separators Chinese sites put between a headline and the site or channel name in `<title>`. */
const TITLE_SEPARATOR = /\s*(?:_+|\||｜|--+|—+|–|\s-\s|(?<!\d)-(?!\d)|::)\s*/;

/** Elements whose short text may be the page's headline. */
const HEADLINE_CANDIDATES =
  'h1, h2, h3, h4, [class*="title" i], [id*="title" i], [class*="headline" i], [class*="tit" i], [id*="tit" i], font';

/** Length of the longest common substring of `a` and `b` (both short). */
export function longestCommonRun(a: string, b: string): number {
  if (!a || !b) return 0;
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      if (a[i - 1] === b[j - 1]) {
        const run = (previous[j - 1] ?? 0) + 1;
        row[j] = run;
        if (run > best) best = run;
      }
    }
    previous = row;
  }
  return best;
}

/** `<title>` without the site or channel suffix: its longest separator-delimited part, first on ties. */
export function stripSiteSuffix(pageTitle: string): string {
  const parts = pageTitle
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  let best = parts[0] ?? '';
  for (const part of parts) if (countContent(part) > countContent(best) + 2) best = part;
  return best;
}

function headlineText(el: Element): string | null {
  const text = squash(el.textContent ?? '');
  const chars = countContent(text);
  if (chars < 4 || text.length > 120) return null;
  return text;
}

/**
 * The page's headline: the text of its own headline element when one agrees with `<title>` (or
 * stands right before the body when `<title>` says nothing useful), else `<title>` without its
 * site suffix. `og:title` is not trusted on its own: sites truncate it.
 */
export function findHeadline(
  doc: Document,
  root: Element | null,
  ruleSelectors: readonly string[],
): { title: string | null; element: Element | null } {
  for (const selector of ruleSelectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const text = headlineText(el);
      if (text) return { title: text, element: el };
    }
  }
  // Capped: the comparison below is quadratic in its length.
  const pageTitle = squash(doc.title ?? '').slice(0, 300);
  const stripped = stripSiteSuffix(pageTitle);
  const firstParagraph = root ? (root.querySelector('p') ?? root) : null;
  let best: { el: Element; text: string; score: number } | null = null;
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll(HEADLINE_CANDIDATES))) {
    const text = headlineText(el);
    if (!text || (el.closest('a') && !/^H[1-3]$/.test(el.tagName.toUpperCase()))) continue;
    const tag = el.tagName.toUpperCase();
    const common = longestCommonRun(text, pageTitle);
    const coverage = common / text.length;
    if (coverage < 0.999 && (coverage < 0.6 || common < 6)) continue;
    // A full match ranks by length (the longest heading inside <title> is the headline).
    let score = coverage >= 0.999 ? text.length * 3 : common * 2;
    if (tag === 'H1') score += 8;
    else if (tag === 'H4') score += 1;
    else if (/^H[23]$/.test(tag)) score += 4;
    if (seen.has(text)) score -= 1;
    seen.add(text);
    // The headline sits before the body it titles.
    if (firstParagraph && firstParagraph.compareDocumentPosition(el) & 4) score -= 10;
    if (!best || score > best.score) best = { el, text, score };
  }
  if (best) {
    // A headline longer than what <title> keeps is the full one; a shorter one is a fragment of it.
    const title = best.text.length >= countContent(stripped) * 0.5 ? best.text : stripped;
    return { title, element: best.el };
  }
  // <title> names only the site: the headline is the last title-like element before the body.
  const nearest = root ? findHeadlineBefore(doc, root) : null;
  if (nearest) return nearest;
  if (stripped) return { title: stripped, element: null };
  const h1 = doc.querySelector('h1');
  const text = h1 ? headlineText(h1) : null;
  return { title: text, element: text ? h1 : null };
}

/** The last headline-like element before the root's first paragraph (inside the root or before it). */
function findHeadlineBefore(doc: Document, root: Element): { title: string; element: Element } | null {
  const firstParagraph = root.querySelector('p') ?? root;
  let found: { title: string; element: Element } | null = null;
  for (const el of Array.from(doc.querySelectorAll(HEADLINE_CANDIDATES))) {
    const position = el.compareDocumentPosition(firstParagraph);
    // Stop at the first paragraph: candidates after it belong to the body or what follows.
    if (!(position & 4) || position & 16) break;
    const text = headlineText(el);
    if (!text || text.length > 80 || el.querySelector('a') || el.closest('a') || /[。！]$/.test(text))
      continue;
    found = { title: text, element: el };
  }
  return found;
}
