import {
  BOILERPLATE_NAME,
  BOILERPLATE_TEXT,
  CREDIT_LINE,
  CREDIT_TAIL,
  DISCLAIMER_START,
  isFooterLine,
  RELATED_HEADING,
} from './boilerplate-patterns';
import type { NodeStats, StatsLookup } from './scan';
import { BLOCK_TAGS, IGNORED_TAGS, isHiddenByMarkup, squash } from './text';

/** Names that mark the body itself; a furniture-looking name on such a block is not trusted. */
const CONTENT_NAME = /content|article|text|body|detail|main|zoom|editor/i;
/** Byline and dateline words; a short line with one before the first paragraph is metadata. */
const BYLINE =
  /记者|作者|来源|编辑|发布时间|发布日期|时间[:：]|日期[:：]|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|浏览(?:次数|量)|字号|【\s*[大中小]\s*】/;

const stripForCompare = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * Elements inside `root` that are not article text: the site rule's drop list, furniture by name,
 * whole blocks of boilerplate text, link lists, a related-news or comments heading and what follows
 * it, and the headline or byline when the root includes them. Outermost elements only.
 */
export function findSkips(
  root: Element,
  stats: StatsLookup,
  drop: readonly string[],
  headline: { element: Element | null; title: string | null },
): Element[] {
  const steps = findSkipsInSteps(root, stats, drop, headline, () => false);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** findSkips, pausing between the elements it judges whenever `shouldPause` says so. */
export function* findSkipsInSteps(
  root: Element,
  stats: StatsLookup,
  drop: readonly string[],
  headline: { element: Element | null; title: string | null },
  shouldPause: () => boolean,
): Generator<void, Element[], void> {
  const skips: Element[] = [];
  const rootChars = stats.get(root)?.chars ?? 0;
  const dropSelector = drop.join(', ');
  const title = headline.title ? stripForCompare(headline.title) : '';
  let seenProse = false;
  /** Elements from which every following sibling is dropped (the block after a related heading). */
  const dropAfter = new Set<Element>();

  const isSkippable = (el: Element, s: NodeStats, tag: string): 'skip' | 'skip-rest' | null => {
    if (headline.element && el === headline.element) return 'skip';
    // The headline's own box (pre-title, subtitle, byline) when it holds no sentence of the body.
    if (headline.element && el.contains(headline.element) && s.chars <= title.length + 120) {
      if (!/[。！？]/.test(el.textContent ?? '')) return 'skip';
    }
    if (dropSelector && el.matches(dropSelector)) return 'skip';
    const isSmall = s.chars < rootChars * 0.4;
    const name = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (isSmall && name.length > 1 && BOILERPLATE_NAME.test(name) && !CONTENT_NAME.test(name)) return 'skip';
    if (s.chars > 600) return null;
    const text = squash(el.textContent ?? '');
    if (DISCLAIMER_START.test(text) && isSmall) {
      // A disclaimer heading standing alone opens the terms that follow it.
      return s.chars <= 12 ? 'skip-rest' : 'skip';
    }
    if (s.chars > 200) return null;
    if (BOILERPLATE_TEXT.test(text)) return 'skip';
    if (s.chars <= 40 && (CREDIT_LINE.test(text) || CREDIT_TAIL.test(text))) return 'skip';
    if (isFooterLine(text) && s.chars <= 120) return 'skip';
    if (RELATED_HEADING.test(text) && s.chars <= 20) return 'skip-rest';
    // The remaining tests judge whole blocks; an inline piece of a paragraph is part of it.
    if (!BLOCK_TAGS.has(tag)) return null;
    // Link lists and lone link lines (more in this series, related stories).
    if (isSmall && s.linkChars >= s.chars * 0.6 && (s.links >= 2 || s.punct === 0)) return 'skip';
    if (!seenProse && s.paragraphs <= 1 && s.chars <= 80) {
      // The headline again, or a dateline and byline, before the first paragraph.
      if (title && stripForCompare(text) === title) return 'skip';
      // A byline is not a sentence: a lead that opens with a date ends with 。 and stays.
      if (s.chars <= 60 && BYLINE.test(text) && !/[。！？]/.test(text)) return 'skip';
    }
    return null;
  };

  function* visit(parent: Element): Generator<void, void, void> {
    let dropRest = false;
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (shouldPause()) yield;
      const tag = el.tagName.toUpperCase();
      if (IGNORED_TAGS.has(tag) || isHiddenByMarkup(el)) continue;
      const s = stats.get(el);
      if (!s || s.chars === 0) continue;
      if (dropRest) {
        skips.push(el);
        continue;
      }
      const verdict = isSkippable(el, s, tag);
      if (verdict) {
        skips.push(el);
        if (verdict === 'skip-rest') {
          // A heading wrapped alone in its own containers ends the article after the outermost
          // one; a bold label inside a sentence ends nothing.
          let outer: Element = el;
          while (
            outer.parentElement &&
            outer.parentElement !== root &&
            stats.get(outer.parentElement)?.chars === s.chars
          ) {
            outer = outer.parentElement;
          }
          if (BLOCK_TAGS.has(outer.tagName.toUpperCase())) {
            if (outer === el) dropRest = true;
            else dropAfter.add(outer);
          }
        }
        continue;
      }
      if (el.firstElementChild) yield* visit(el);
      // Prose has begun at the first real paragraph, not at a punctuated subtitle.
      if (s.paragraphs > 0 && (s.chars >= 50 || /[。！？]/.test(el.textContent ?? ''))) seenProse = true;
      if (dropAfter.has(el)) dropRest = true;
    }
  }
  yield* visit(root);
  return skips;
}
