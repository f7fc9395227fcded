import { hasHan } from '../core/han';
import type { Matcher } from '../core/matcher';
import { BLOCK_TAGS } from './article/text';

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

// Elements that end a run of inline text: a term never continues across them. The same block
// elements that start a new line in the article's text, and images and forms.
const BREAKS: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'IMG', 'FORM', 'CAPTION']);

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
 * Walks the text under a queue of roots, one run at a time: each run is the text nodes of one
 * stretch of inline content, in document order. Excluded subtrees and `skip` elements are left
 * out and break runs. The walk can stop after any run and go on later.
 */
export function createRunWalker(skip: ReadonlySet<Element> = new Set()) {
  const roots: Node[] = [];
  // Each level of the walk: the node whose children are walked and the child visited last (null
  // before the first). The next child is taken from the last one only when it is needed, and a
  // level whose last child the page moved away between two steps is walked again from its start
  // (text already marked sits inside our elements, so it is not marked twice).
  const parents: Node[] = [];
  const lasts: (Node | null)[] = [];
  const closing: boolean[] = [];
  const ready: Text[][] = [];
  let current: Text[] = [];
  const flush = () => {
    if (current.length > 0) ready.push(current);
    current = [];
  };
  const enter = (parent: Node, breaks: boolean) => {
    parents.push(parent);
    lasts.push(null);
    closing.push(breaks);
  };

  function begin(root: Node): void {
    if (root.nodeType === TEXT_NODE) {
      const parent = root.parentElement;
      if (!parent || !isUntouchable(parent)) ready.push([root as Text]);
      return;
    }
    if (root.nodeType !== ELEMENT_NODE || isUntouchable(root as Element) || skip.has(root as Element)) return;
    enter(root, true);
  }

  return {
    /** Adds a subtree (or a text node) to walk after the ones already queued. */
    add(root: Node): void {
      roots.push(root);
    },
    /** The next run, or null when every queued root has been walked. */
    next(): Text[] | null {
      while (ready.length === 0) {
        const top = parents.length - 1;
        if (top < 0) {
          const root = roots.shift();
          if (root === undefined) return null;
          begin(root);
          continue;
        }
        const parent = parents[top]!;
        const last = lasts[top]!;
        const node = last === null || last.parentNode !== parent ? parent.firstChild : last.nextSibling;
        if (node === null) {
          parents.pop();
          lasts.pop();
          if (closing.pop()) flush();
          continue;
        }
        lasts[top] = node;
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
          enter(element, breaks);
        }
      }
      return ready.shift()!;
    },
  };
}

interface Piece {
  start: number;
  end: number;
  id: string;
  /** True for the last piece of a match: it carries the gloss and takes focus. */
  isLast: boolean;
}

/** Matches one run; with `pieces`, splits every match into pieces per text node. */
function matchRun(
  run: Text[],
  matcher: Matcher,
  found: FoundTerm[],
  pieces: Map<Text, Piece[]> | null,
): number {
  const text = run.length === 1 ? run[0]!.data : run.map((node) => node.data).join('');
  if (!hasHan(text)) return 0;
  const matches = matcher.findAll(text);
  if (pieces === null) {
    for (const match of matches) found.push({ id: match.id });
    return matches.length;
  }
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
  return matches.length;
}

export interface AnnotationJobOptions extends AnnotateOptions {
  /** Gloss and pinyin per entry id; without it the job only counts (nothing is changed). */
  describe?: (id: string) => TermDisplay | undefined;
  /** At most this many occurrences are marked; the rest are counted in `unmarked`. */
  limit?: number;
}

export interface AnnotationJob extends Annotation {
  /** Occurrences found past the limit and left unmarked. */
  readonly unmarked: number;
  readonly isDone: boolean;
  /** Queues more content (added to the page later) for the job to walk. */
  add(node: Node): void;
  /**
   * Works until `now()` passes `deadline` (always finishing the current run), or until the runs
   * it changed hold `maxChars` characters, and returns true when everything queued is done.
   * The browser lays out every changed paragraph again after the step, which on a long page
   * costs far more than the marking itself: `maxChars` bounds that cost.
   */
  step(deadline: number, now?: () => number, maxChars?: number): boolean;
}

/**
 * Starts marking (or, without `describe`, counting) the terms under `root`, in steps, so that a
 * long page never blocks the page's main thread for long. See annotateTerms for what changes.
 */
export function startAnnotation(root: Node, options: AnnotationJobOptions): AnnotationJob {
  const doc = root.ownerDocument ?? (root as Document);
  const skip = new Set(options.skip ?? []);
  const walker = createRunWalker(skip);
  walker.add(root);
  const found: FoundTerm[] = [];
  const elements: Element[] = [];
  const replaced: { original: Text; inserted: Node[] }[] = [];
  const limit = options.limit ?? Infinity;
  const describe = options.describe;
  let marked = 0;
  let unmarked = 0;
  let isDone = false;
  let isUndone = false;
  // The page's own <cr-term> elements, taken before the first mark: any other one found at undo
  // is a copy of ours that the page made (by cloning or rewriting innerHTML), and goes too.
  let pageTerms: Set<Element> | null = null;

  /**
   * True when `node` is still where the job may change it: under the root, outside excluded and
   * skipped parts. Between two steps the page may have moved what the walker was about to visit.
   */
  function isInPlace(node: Text): boolean {
    if (!root.contains(node)) return false;
    for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
      if (isExcluded(element) || skip.has(element)) return false;
    }
    return true;
  }

  /** The run, or its stretches still in place when the page moved some of its nodes. */
  function placedParts(run: Text[]): Text[][] {
    if (run.every(isInPlace)) return [run];
    const parts: Text[][] = [];
    let part: Text[] = [];
    for (const node of run) {
      if (isInPlace(node)) {
        part.push(node);
      } else if (part.length > 0) {
        parts.push(part);
        part = [];
      }
    }
    if (part.length > 0) parts.push(part);
    return parts;
  }

  function mark(pieces: Map<Text, Piece[]>): void {
    pageTerms ??= new Set(doc.querySelectorAll(TERM_TAG));
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
          const display = describe!(piece.id);
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

  return {
    found,
    elements,
    get unmarked() {
      return unmarked;
    },
    get isDone() {
      return isDone;
    },
    add(node) {
      if (isUndone) return;
      walker.add(node);
      isDone = false;
    },
    step(deadline, now = () => performance.now(), maxChars = Infinity) {
      if (isUndone) return true;
      let changed = 0;
      for (let run = walker.next(); run; run = walker.next()) {
        for (const part of placedParts(run)) {
          const isMarking = describe !== undefined && marked < limit;
          const pieces = isMarking ? new Map<Text, Piece[]>() : null;
          const before = found.length;
          const count = matchRun(part, options.matcher, found, pieces);
          if (pieces && count > 0) {
            // A run is marked whole, so the cap may be passed by the last run's occurrences.
            marked += count;
            for (const node of part) changed += node.data.length;
            mark(pieces);
          } else if (describe !== undefined) {
            unmarked += found.length - before;
          }
        }
        if (now() > deadline || changed >= maxChars) return false;
      }
      isDone = true;
      return true;
    },
    undo() {
      if (isUndone) return;
      isUndone = true;
      isDone = true;
      for (let i = replaced.length - 1; i >= 0; i--) {
        const { original, inserted } = replaced[i]!;
        const anchor = inserted.find((node) => node.parentNode !== null);
        if (anchor) anchor.parentNode!.insertBefore(original, anchor);
        for (const node of inserted) node.parentNode?.removeChild(node);
      }
      replaced.length = 0;
      if (pageTerms === null) return;
      for (const copy of doc.querySelectorAll(`${TERM_TAG}[${TERM_ATTRIBUTE}]`)) {
        if (!pageTerms.has(copy)) copy.replaceWith(doc.createTextNode(copy.textContent ?? ''));
      }
    },
  };
}

/** Finds every term under `root` without changing anything. */
export function findTerms(root: Element, options: AnnotateOptions): FoundTerm[] {
  const job = startAnnotation(root, { matcher: options.matcher, skip: options.skip });
  job.step(Infinity);
  return job.found;
}

/**
 * Wraps every term occurrence under `root` in a `<cr-term data-cr-term="id">` element whose
 * text is exactly the text it wraps. A term split across inline elements (`<b>跨江</b>融合`)
 * becomes one element per text node, all with the same id; only the last carries the gloss
 * (`data-cr-gloss`, `data-cr-pinyin`) and takes keyboard focus. No attribute of the page is
 * changed, and `undo` restores the original text nodes themselves.
 */
export function annotateTerms(root: Element, options: AnnotateDisplayOptions): Annotation {
  const job = startAnnotation(root, options);
  job.step(Infinity);
  return job;
}
