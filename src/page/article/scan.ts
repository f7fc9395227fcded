import { BOILERPLATE_NAME, BOILERPLATE_TEXT, DISCLAIMER_START, isFooterLine } from './boilerplate-patterns';
import { BLOCK_TAGS, IGNORED_TAGS, countContent, countPunct, isHiddenByMarkup, squash } from './text';

/** What one pass over the page learns about an element's subtree. */
export interface NodeStats {
  /** Content characters (Han, letters, digits). */
  chars: number;
  /** Content characters inside links. */
  linkChars: number;
  /** Sentence punctuation marks outside links. */
  punct: number;
  /** Number of links with text. */
  links: number;
  /** Blocks that read as prose: punctuated, mostly not link text. */
  paragraphs: number;
  /**
   * Sum over the subtree's text blocks of how much they look like article prose (positive) or like
   * navigation, labels and furniture (negative). The article root is the subtree where it peaks.
   */
  score: number;
}

/** Where the counts of an element are looked up. */
export type StatsLookup = Pick<ReadonlyMap<Element, NodeStats>, 'get'>;

export interface PageScan {
  stats: Map<Element, NodeStats>;
  /** Block elements, children before their parents (so a tie goes to the deeper element). */
  blocks: Element[];
}

/** Text cut off mid-sentence by a teaser widget: three dots, or one ellipsis not doubled. */
const TRUNCATED = /(?:\.\.\.|(?<!…)…)\s*$/;

interface Segment {
  text: string;
  linkChars: number;
}

/** How much one run of inline text (a paragraph, a caption, a menu item) looks like prose. */
function scoreSegment(segment: Segment): { score: number; isParagraph: boolean } {
  const text = squash(segment.text);
  if (!text) return { score: 0, isParagraph: false };
  const chars = countContent(text);
  const linkChars = Math.min(segment.linkChars, chars);
  const prose = chars - linkChars;
  let score = -1.5 * linkChars;
  let isParagraph = false;
  if (prose > 0) {
    if (
      (text.length < 220 && (BOILERPLATE_TEXT.test(text) || isFooterLine(text))) ||
      DISCLAIMER_START.test(text)
    ) {
      score -= prose;
    } else if (TRUNCATED.test(text)) {
      // A summary cut short ("...") is a teaser for another page.
      score -= 0.5 * prose;
    } else if (countPunct(text) > 0 || prose >= 60) {
      score += prose;
      isParagraph = prose >= 8 && linkChars < prose;
    } else if (prose >= 16) {
      // Blog prose that breaks lines with spaces instead of punctuation.
      score += 0.6 * prose;
      isParagraph = linkChars < prose;
    } else {
      // Short unpunctuated text: labels, bylines, dates, menu entries.
      score -= 0.5 * prose;
    }
  }
  return { score, isParagraph };
}

function nameOf(el: Element): string {
  return `${el.id} ${el.getAttribute('class') ?? ''}`;
}

/**
 * One depth-first pass over `body`: per element text, link and punctuation counts and a prose
 * score (text-density and punctuation-density in the spirit of the CEPF/GNE method, with link text
 * penalised as Readability does). Never touches the document.
 */
export function scanPage(body: Element, known?: Map<Element, NodeStats>): PageScan {
  // Counts already in `known` (from scanInSteps) are reused, and the new ones added to it.
  const stats = known ?? new Map<Element, NodeStats>();
  const blocks: Element[] = [];

  const visit = (el: Element, segment: Segment, inLink: boolean): NodeStats => {
    const tag = el.tagName.toUpperCase();
    const isBlock = BLOCK_TAGS.has(tag) || tag === 'BODY';
    const isLink = tag === 'A' && el.hasAttribute('href');
    const own: Segment = isBlock ? { text: '', linkChars: 0 } : segment;
    const result: NodeStats = { chars: 0, linkChars: 0, punct: 0, links: 0, paragraphs: 0, score: 0 };
    const linkStart = isLink ? result.chars : 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        const chars = countContent(value);
        if (chars === 0 && !/\S/.test(value)) {
          own.text += value;
          continue;
        }
        own.text += value;
        result.chars += chars;
        if (inLink || isLink) {
          result.linkChars += chars;
          own.linkChars += chars;
        } else {
          result.punct += countPunct(value);
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const childEl = child as Element;
      const childTag = childEl.tagName.toUpperCase();
      if (IGNORED_TAGS.has(childTag) || isHiddenByMarkup(childEl)) continue;
      if (childTag === 'BR') {
        own.text += '\n';
        continue;
      }
      // A block counted before (scanInSteps) starts its own text, so its counts stand as they are.
      const sub =
        known?.get(childEl) && BLOCK_TAGS.has(childTag)
          ? known.get(childEl)!
          : visit(childEl, own, inLink || isLink);
      result.chars += sub.chars;
      result.linkChars += sub.linkChars;
      result.punct += sub.punct;
      result.links += sub.links;
      result.paragraphs += sub.paragraphs;
      result.score += sub.score;
    }
    if (isLink && result.chars > linkStart) result.links += 1;
    if (isBlock) {
      // <br> splits a block into lines; each line is judged on its own, except that everything
      // after a disclaimer's opening line belongs to the disclaimer.
      let inDisclaimer = false;
      for (const line of own.text.split('\n')) {
        const share = own.text.length ? line.length / own.text.length : 0;
        const judged = scoreSegment({ text: line, linkChars: Math.round(own.linkChars * share) });
        if (!inDisclaimer && DISCLAIMER_START.test(squash(line))) inDisclaimer = true;
        if (inDisclaimer) {
          result.score -= Math.abs(judged.score);
          continue;
        }
        result.score += judged.score;
        if (judged.isParagraph) result.paragraphs += 1;
      }
      const name = nameOf(el);
      if (name.length > 1 && result.score > 0 && result.paragraphs < 5 && BOILERPLATE_NAME.test(name)) {
        // A furniture container (statement, related, share bar) never counts as prose.
        result.score = -result.score;
      }
      blocks.push(el);
    }
    stats.set(el, result);
    return result;
  };

  visit(body, { text: '', linkChars: 0 }, false);
  return { stats, blocks };
}

/**
 * scanPage, able to pause whenever `shouldPause` says so: every block child with elements of its
 * own is counted this way first, down the tree, and each element last, reusing its children's
 * counts (a block starts its own text, so its counts are the same wherever the count starts).
 * The blocks come out children before parents, as from scanPage.
 */
export function* scanInSteps(
  root: Element,
  shouldPause: () => boolean,
  stats = new Map<Element, NodeStats>(),
): Generator<void, PageScan, void> {
  const blocks: Element[] = [];
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (!BLOCK_TAGS.has(tag) || tag === 'BR' || IGNORED_TAGS.has(tag) || isHiddenByMarkup(child)) continue;
    const scan = child.firstElementChild
      ? yield* scanInSteps(child, shouldPause, stats)
      : scanPage(child, stats);
    blocks.push(...scan.blocks);
    if (shouldPause()) yield;
  }
  blocks.push(...scanPage(root, stats).blocks);
  return { stats, blocks };
}
