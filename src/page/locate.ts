const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export interface TextIndex {
  /** The text of every text node under the root, in document order, concatenated. */
  text: string;
  /** A range over `text` from `start` to `end`, in the page's own nodes. */
  rangeOf(start: number, end: number): Range | null;
}

/**
 * Indexes the text under `root` (annotations included: their text is the page's own), leaving
 * out `skip` elements and non-text content, so a position in the text maps back to the page.
 */
export function indexText(root: Element, skip: readonly Element[] = []): TextIndex {
  const doc = root.ownerDocument;
  const skipped = new Set(skip);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode: (node) =>
      node.nodeType === 1 && (skipped.has(node as Element) || SKIPPED.has((node as Element).tagName))
        ? 2 // FILTER_REJECT: skip the whole subtree
        : 1,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const nodeAt = (offset: number) => {
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    text,
    rangeOf(start, end) {
      if (nodes.length === 0 || start < 0 || end > text.length || start >= end) return null;
      const first = nodeAt(start);
      const last = nodeAt(end - 1);
      const range = doc.createRange();
      range.setStart(nodes[first]!, start - starts[first]!);
      range.setEnd(nodes[last]!, end - starts[last]!);
      return range;
    },
  };
}

const FLASH = 'crossriver-flash';

/**
 * Scrolls `range` into the middle of the view and highlights it for a moment with the CSS
 * Custom Highlight API, which paints without changing the page's DOM.
 */
export function revealRange(range: Range): void {
  const doc = range.startContainer.ownerDocument!;
  const view = doc.defaultView!;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center' });
  const highlights = (view as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (view as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!highlights || !HighlightClass) return;
  highlights.set(FLASH, new HighlightClass(range));
  view.setTimeout(() => {
    highlights.delete(FLASH);
  }, 1600);
}

/** The stylesheet rule that paints the flash. */
export const FLASH_CSS = `::highlight(${FLASH}) { background-color: rgba(255, 196, 0, 0.55); color: inherit; }`;
