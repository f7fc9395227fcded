/** One form the annotator marked, with what it set on the mark. */
export interface FloorForm {
  text: string;
  gloss: string;
  pinyin: string;
}

/**
 * The source of a content script that does the least any annotator could do on a page whose
 * terms are known in advance: it finds the body by its selector, walks the body's text, finds
 * `forms` in it (leftmost, longest first, by a table of first characters), wraps each occurrence
 * as the annotator does, with the same attributes and a stylesheet, all in one task, and leaves
 * its own time in the world slot `slot`. No term index to read, no matcher to load, no article to
 * find: a floor for the annotator's time on that page.
 */
export function markingFloorScript(forms: readonly FloorForm[], bodySelector: string, slot: string): string {
  const longestFirst = [...forms].sort((a, b) => b.text.length - a.text.length);
  return `(() => {
  const start = performance.now();
  const forms = ${JSON.stringify(longestFirst)};
  const byFirst = new Map();
  for (const form of forms) {
    const list = byFirst.get(form.text[0]);
    if (list) list.push(form);
    else byFirst.set(form.text[0], [form]);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('cr-term[data-cr-term] { border-bottom: 1px dotted; }' +
    ' cr-term[data-cr-gloss]::after { content: attr(data-cr-gloss); font-size: 0.7em; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const body = document.querySelector(${JSON.stringify(bodySelector)});
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  let marks = 0;
  for (const node of nodes) {
    const text = node.data;
    const parts = [];
    let done = 0;
    for (let at = 0; at < text.length; ) {
      const candidates = byFirst.get(text[at]);
      let form = null;
      if (candidates) {
        for (const candidate of candidates) {
          if (text.startsWith(candidate.text, at)) {
            form = candidate;
            break;
          }
        }
      }
      if (!form) {
        at++;
        continue;
      }
      if (at > done) parts.push(document.createTextNode(text.slice(done, at)));
      const mark = document.createElement('cr-term');
      mark.setAttribute('data-cr-term', form.text);
      mark.setAttribute('data-cr-gloss', form.gloss);
      mark.setAttribute('data-cr-pinyin', form.pinyin);
      mark.setAttribute('tabindex', '0');
      mark.textContent = form.text;
      parts.push(mark);
      marks++;
      at += form.text.length;
      done = at;
    }
    if (parts.length === 0) continue;
    if (done < text.length) parts.push(document.createTextNode(text.slice(done)));
    const fragment = document.createDocumentFragment();
    fragment.append(...parts);
    node.parentNode.replaceChild(fragment, node);
  }
  globalThis[${JSON.stringify(slot)}] = { start, ms: performance.now() - start, marks };
})();
`;
}
