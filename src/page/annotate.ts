import { hasHan } from '../core/han';
import type { Matcher } from '../core/matcher';

/** The element that wraps each annotated stretch of text. */
export const TERM_TAG = 'cr-term';
/** The attribute that names the glossary entry; part of the public contract. */
export const TERM_ATTRIBUTE = 'data-cr-term';

export interface TermDisplay {
  gloss: string;
  pinyin: string;
}

export interface AnnotateOptions {
  matcher: Matcher;
  /** Elements inside the root that are not the article (captions, related links…). */
  skip?: Iterable<Element>;
}

export interface AnnotateDisplayOptions extends AnnotateOptions {
  describe(id: string): TermDisplay | undefined;
}

export interface FoundTerm {
  id: string;
}

export interface Annotation {
  /** Every term occurrence, in document order. */
  found: FoundTerm[];
  /** The elements added, in document order. */
  elements: Element[];
  /** Puts back every text node exactly as it was; safe to call more than once. */
  undo(): void;
}

// Subtrees never read or changed: form fields, editable regions, code, non-HTML content,
// and our own annotations.
const EXCLUDED = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  TERM_TAG.toUpperCase(),
]);

// Elements that end a run of inline text: a term never continues across them.
const BREAKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'IMG',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isExcluded(element: Element): boolean {
  if (EXCLUDED.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** True when nothing under `root` may be touched: an editable document or region. */
export function isUntouchable(root: Element): boolean {
  const doc = root.ownerDocument;
  if (doc.designMode?.toLowerCase() === 'on') return true;
  for (let node: Element | null = root; node; node = node.parentElement) {
    if (isExcluded(node)) return true;
  }
  return false;
}

/**
 * The runs of text under `root`: each run is the text nodes of one stretch of inline content,
 * in document order. Excluded subtrees and `skip` elements are left out and break runs.
 */
export function collectTextRuns(root: Element, skip: ReadonlySet<Element> = new Set()): Text[][] {
  const runs: Text[][] = [];
  if (isUntouchable(root)) return runs;
  let current: Text[] = [];
  const flush = () => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  // An explicit stack: deeply nested pages must not overflow the call stack.
  const stack: (Node | null)[] = [root.firstChild];
  const closing: boolean[] = [false];
  while (stack.length > 0) {
    const node = stack[stack.length - 1]!;
    if (node === null) {
      stack.pop();
      if (closing.pop()) flush();
      continue;
    }
    stack[stack.length - 1] = node.nextSibling;
    if (node.nodeType === TEXT_NODE) {
      current.push(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isExcluded(element) || skip.has(element)) {
        flush();
        continue;
      }
      const breaks = BREAKS.has(element.tagName.toUpperCase());
      if (breaks) flush();
      stack.push(element.firstChild);
      closing.push(breaks);
    }
  }
  flush();
  return runs;
}

interface Piece {
  start: number;
  end: number;
  id: string;
  /** True for the last piece of a match: it carries the gloss and takes focus. */
  isLast: boolean;
}

/** Matches one run and splits every match into pieces per text node. */
function matchRun(run: Text[], matcher: Matcher, found: FoundTerm[]): Map<Text, Piece[]> | null {
  const text = run.length === 1 ? run[0]!.data : run.map((node) => node.data).join('');
  if (!hasHan(text)) return null;
  const matches = matcher.findAll(text);
  if (matches.length === 0) return null;
  const pieces = new Map<Text, Piece[]>();
  let nodeIndex = 0;
  let nodeStart = 0;
  for (const match of matches) {
    found.push({ id: match.id });
    while (nodeStart + run[nodeIndex]!.data.length <= match.start) {
      nodeStart += run[nodeIndex]!.data.length;
      nodeIndex++;
    }
    let index = nodeIndex;
    let start = nodeStart;
    while (start < match.end) {
      const node = run[index]!;
      const end = start + node.data.length;
      const from = Math.max(match.start, start) - start;
      const to = Math.min(match.end, end) - start;
      if (to > from) {
        const list = pieces.get(node) ?? [];
        list.push({ start: from, end: to, id: match.id, isLast: match.end <= end });
        pieces.set(node, list);
      }
      start = end;
      index++;
    }
  }
  return pieces;
}

/** Finds every term under `root` without changing anything. */
export function findTerms(root: Element, options: AnnotateOptions): FoundTerm[] {
  const found: FoundTerm[] = [];
  for (const run of collectTextRuns(root, new Set(options.skip ?? []))) matchRun(run, options.matcher, found);
  return found;
}

/**
 * Wraps every term occurrence under `root` in a `<cr-term data-cr-term="id">` element whose
 * text is exactly the text it wraps. A term split across inline elements (`<b>跨江</b>融合`)
 * becomes one element per text node, all with the same id; only the last carries the gloss
 * (`data-cr-gloss`, `data-cr-pinyin`) and takes keyboard focus. No attribute of the page is
 * changed, and `undo` restores the original text nodes themselves.
 */
export function annotateTerms(root: Element, options: AnnotateDisplayOptions): Annotation {
  const doc = root.ownerDocument;
  const found: FoundTerm[] = [];
  const elements: Element[] = [];
  const replaced: { original: Text; inserted: Node[] }[] = [];

  for (const run of collectTextRuns(root, new Set(options.skip ?? []))) {
    const pieces = matchRun(run, options.matcher, found);
    if (!pieces) continue;
    for (const [node, list] of pieces) {
      const parent = node.parentNode;
      if (!parent) continue;
      const data = node.data;
      const inserted: Node[] = [];
      let position = 0;
      for (const piece of list) {
        if (piece.start > position) inserted.push(doc.createTextNode(data.slice(position, piece.start)));
        const element = doc.createElement(TERM_TAG);
        element.setAttribute(TERM_ATTRIBUTE, piece.id);
        if (piece.isLast) {
          const display = options.describe(piece.id);
          if (display) {
            element.setAttribute('data-cr-gloss', display.gloss);
            element.setAttribute('data-cr-pinyin', display.pinyin);
          }
          element.setAttribute('tabindex', '0');
        }
        element.textContent = data.slice(piece.start, piece.end);
        inserted.push(element);
        elements.push(element);
        position = piece.end;
      }
      if (position < data.length) inserted.push(doc.createTextNode(data.slice(position)));
      const fragment = doc.createDocumentFragment();
      fragment.append(...inserted);
      parent.replaceChild(fragment, node);
      replaced.push({ original: node, inserted });
    }
  }

  let isUndone = false;
  return {
    found,
    elements,
    undo() {
      if (isUndone) return;
      isUndone = true;
      for (let i = replaced.length - 1; i >= 0; i--) {
        const { original, inserted } = replaced[i]!;
        const anchor = inserted.find((node) => node.parentNode !== null);
        if (anchor) anchor.parentNode!.insertBefore(original, anchor);
        for (const node of inserted) node.parentNode?.removeChild(node);
      }
    },
  };
}
