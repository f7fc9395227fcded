import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { startAnnotation } from '../../../src/page/annotate';
import { CORPUS_DIR, corpusPages, describeTerm, fixturePages, matcher, openPage } from './engine-pages';

/**
 * Randomly mutated articles from the fixtures and the corpus: text split across nodes, inline tags
 * inside terms, nested tables, empty and whitespace nodes, very long text nodes, fields and code.
 * The job is run in random slices with a random cap; it must never throw, never nest its own
 * elements, keep the text as it was, and its undo must put back the very nodes it took out.
 * Every case is seeded: a failure names the seed that reproduces it.
 */
const CASES = 200;
const CHANGING_CASES = 100;
const SEED = 20_261_125;

/** mulberry32: small, fast and good enough to pick mutations. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const below = (n: number) => Math.floor(next() * n);
  return { next, below, pick: <T>(list: readonly T[]): T => list[below(list.length)]! };
}
type Random = ReturnType<typeof createRandom>;

const INLINE = ['b', 'span', 'a', 'em', 'font', 'strong', 'i', 'u'];
const TERMS = [
  '跨江融合发展',
  '项目为王',
  '长三角一体化',
  '高质量发展',
  '产业链',
  '供应链',
  '新质生产力',
  '共同富裕',
];

function textNodes(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function elements(root: Element): Element[] {
  return [...root.querySelectorAll('*')];
}

/** One random change to the article; each keeps the document well formed. */
const MUTATIONS: ((root: Element, random: Random) => void)[] = [
  // Split a text node, often inside a term.
  (root, random) => {
    const nodes = textNodes(root).filter((node) => node.data.length > 1);
    if (nodes.length === 0) return;
    const node = random.pick(nodes);
    const match = matcher.findAll(node.data)[0];
    const at =
      match && random.next() < 0.7
        ? match.start + 1 + random.below(match.end - match.start - 1)
        : 1 + random.below(node.data.length - 1);
    node.splitText(at);
  },
  // Wrap part of a text node (often the middle of a term) in an inline tag.
  (root, random) => {
    const nodes = textNodes(root).filter(
      (node) => node.data.length > 2 && node.parentElement?.closest('svg, math') === null,
    );
    if (nodes.length === 0) return;
    const node = random.pick(nodes);
    const match = matcher.findAll(node.data)[0];
    const start = match
      ? match.start + random.below(match.end - match.start)
      : random.below(node.data.length - 1);
    const end = Math.min(node.data.length, start + 1 + random.below(3));
    const middle = node.splitText(start);
    middle.splitText(end - start);
    const tag = root.ownerDocument.createElement(random.pick(INLINE));
    middle.replaceWith(tag);
    tag.append(middle);
  },
  // Nest a block in tables, one to three deep.
  (root, random) => {
    const blocks = elements(root).filter((element) => /^(P|DIV|SPAN)$/.test(element.tagName));
    if (blocks.length === 0) return;
    let block: Element = random.pick(blocks);
    for (let depth = 1 + random.below(3); depth > 0; depth--) {
      const doc = root.ownerDocument;
      const table = doc.createElement('table');
      const row = table.insertRow();
      const cell = row.insertCell();
      if (random.next() < 0.5) row.insertCell().append(doc.createTextNode(random.pick(TERMS)));
      block.replaceWith(table);
      cell.append(block);
      block = table;
    }
  },
  // Empty and whitespace-only text nodes, and comments, anywhere.
  (root, random) => {
    const doc = root.ownerDocument;
    const parents = [root, ...elements(root)].filter(
      (element) => !/^(TABLE|TBODY|TR|svg|math)$/i.test(element.tagName),
    );
    for (let i = 0; i < 1 + random.below(6); i++) {
      const parent = random.pick(parents);
      const child = parent.childNodes[random.below(parent.childNodes.length + 1)] ?? null;
      const node = random.pick([
        doc.createTextNode(''),
        doc.createTextNode(' \n\t '),
        doc.createComment('跨江融合'),
      ]);
      parent.insertBefore(node, child);
    }
  },
  // A very long text node with terms in it.
  (root, random) => {
    const parts: string[] = [];
    for (let i = 0; i < 2_000; i++)
      parts.push(random.next() < 0.1 ? random.pick(TERMS) : '这是很长的一段文字');
    const p = root.ownerDocument.createElement('p');
    p.append(root.ownerDocument.createTextNode(parts.join('')));
    root.append(p);
  },
  // Terms inside places that must stay untouched.
  (root, random) => {
    const doc = root.ownerDocument;
    const term = random.pick(TERMS);
    const html = random.pick([
      () => Object.assign(doc.createElement('code'), { textContent: term }),
      () => Object.assign(doc.createElement('textarea'), { textContent: term }),
      () => {
        const div = doc.createElement('div');
        div.setAttribute('contenteditable', '');
        div.append(doc.createElement('p'));
        div.firstChild!.textContent = term;
        return div;
      },
      () => Object.assign(doc.createElement('pre'), { textContent: term }),
    ])();
    const parents = [root, ...elements(root)].filter((element) => /^(P|DIV|TD|SPAN)$/.test(element.tagName));
    random.pick(parents).append(html);
  },
  // A term spread over several nested inline tags.
  (root, random) => {
    const doc = root.ownerDocument;
    const term = random.pick(TERMS);
    const p = doc.createElement('p');
    let parent: Element = p;
    for (const char of term) {
      if (random.next() < 0.5) {
        const tag = doc.createElement(random.pick(INLINE));
        parent.append(tag);
        parent = random.next() < 0.5 ? tag : parent;
        tag.append(char);
      } else {
        parent.append(char);
      }
    }
    root.insertBefore(p, root.childNodes[random.below(root.childNodes.length + 1)] ?? null);
  },
];

/** The page's elements (ours left out), so that both copies of a page pick the same one. */
function pageElements(doc: Document): Element[] {
  return [...doc.getElementById('root')!.querySelectorAll('*')].filter(
    (element) => element.tagName !== 'CR-TERM',
  );
}

/**
 * What a page's script does while it is being annotated; `pick` and `other` choose the elements,
 * so the same change can be made to an annotated copy and a plain one.
 */
const PAGE_CHANGES: ((doc: Document, pick: number, other: number) => void)[] = [
  // Move an element elsewhere in the article, into an editable region, or out of the article.
  (doc, pick, other) => {
    const list = pageElements(doc);
    const element = list[Math.floor(pick * list.length)];
    const targets = [...list, doc.getElementById('editor')!, doc.getElementById('side')!];
    const target = targets[Math.floor(other * targets.length)]!;
    if (!element || element.contains(target) || /^(TABLE|TBODY|TR)$/.test(target.tagName)) return;
    target.append(element);
  },
  (doc, pick) => pageElements(doc)[Math.floor(pick * pageElements(doc).length)]?.remove(),
  (doc, pick) => {
    const element = pageElements(doc)[Math.floor(pick * pageElements(doc).length)];
    element?.replaceWith(element.cloneNode(true));
  },
  (doc, pick) => {
    const element = pageElements(doc)[Math.floor(pick * pageElements(doc).length)];
    if (!element || /^(TABLE|TBODY|TR|SVG|MATH)$/i.test(element.tagName)) return;
    const html = element.innerHTML;
    element.innerHTML = html;
  },
  (doc, pick) => {
    const p = doc.createElement('p');
    p.textContent = `新的一段：${TERMS[Math.floor(pick * TERMS.length)]}。`;
    doc.getElementById('root')!.append(p);
  },
];

/** Every node under `root`, in order: node identity and text, empty text nodes included. */
function nodesOf(root: Element): Node[] {
  const walker = root.ownerDocument.createTreeWalker(root, 0xffffffff);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

let sources: { name: string; html: string }[] | null = null;

/** The article of every fixture and corpus page, as HTML; read once for every test here. */
function loadSources(): { name: string; html: string }[] {
  return (sources ??= [...fixturePages(), ...corpusPages()].map((page) => {
    // Scripts and styles are most of a saved page's bytes and none of its article: the parse is
    // several times faster without them.
    const { root, close } = openPage(page, (html) =>
      html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ''),
    );
    const html = root.innerHTML;
    void close();
    return { name: page.name, html };
  }));
}

describe('fuzzed articles', () => {
  it('has the corpus, or says it is absent', () => {
    if (existsSync(CORPUS_DIR)) {
      expect(corpusPages().length).toBeGreaterThanOrEqual(50);
    } else {
      console.log(`fuzz: no corpus at ${CORPUS_DIR}; only the fixtures are fuzzed`);
      expect(existsSync(CORPUS_DIR)).toBe(false);
    }
  });

  it(`never throw, never nest, and undo exactly (${CASES} seeded cases)`, async () => {
    const pages = loadSources();
    expect(pages.length).toBeGreaterThanOrEqual(8);
    let marked = 0;
    for (let i = 0; i < CASES; i++) {
      const seed = SEED + i;
      const random = createRandom(seed);
      const source = pages[i % pages.length]!;
      const label = `seed ${seed} on ${source.name}`;
      const { document, close } = parsePage(
        `<!doctype html><html><body><div id="root">${source.html}</div></body></html>`,
      );
      const root = document.getElementById('root')!;
      for (let m = 0; m < 3 + random.below(10); m++) random.pick(MUTATIONS)(root, random);

      const nodes = nodesOf(root);
      const html = root.innerHTML;
      const text = root.textContent;
      const job = startAnnotation(root, {
        matcher,
        describe: describeTerm,
        limit: random.next() < 0.2 ? random.below(20) : undefined,
      });
      // Random slices: a deadline in the past stops after one run.
      const pauses = random.next() < 0.5;
      while (!job.step(pauses ? -1 : Infinity));
      marked += job.elements.length;
      expect(root.textContent, label).toBe(text);
      expect(root.querySelectorAll('cr-term cr-term').length, label).toBe(0);
      expect(
        root.querySelectorAll('code cr-term, textarea cr-term, pre cr-term, [contenteditable] cr-term')
          .length,
        label,
      ).toBe(0);
      expect(root.querySelectorAll('cr-term').length, label).toBe(job.elements.length);
      job.undo();
      expect(root.innerHTML, label).toBe(html);
      const after = nodesOf(root);
      expect(after.length, label).toBe(nodes.length);
      expect(
        after.every((node, index) => node === nodes[index]),
        label,
      ).toBe(true);
      await close();
    }
    expect(marked).toBeGreaterThan(CASES * 5);
  }, 60_000);

  it(`undo exactly when the page changes between slices (${CHANGING_CASES} seeded cases)`, async () => {
    const pages = loadSources();
    let changes = 0;
    for (let i = 0; i < CHANGING_CASES; i++) {
      const seed = SEED + 10_000 + i;
      const source = pages[i % pages.length]!;
      const label = `seed ${seed} on ${source.name}`;
      // The same page twice: one annotated, one not; the page's changes are made to both.
      const open = () => {
        const random = createRandom(seed);
        const page = parsePage(
          `<!doctype html><html><body><div id="root">${source.html}</div><div id="editor" contenteditable=""></div><aside id="side"></aside></body></html>`,
        );
        const root = page.document.getElementById('root')!;
        for (let m = 0; m < 2 + random.below(6); m++) random.pick(MUTATIONS)(root, random);
        return { ...page, root, random };
      };
      const annotated = open();
      const reference = open();
      const job = startAnnotation(annotated.root, { matcher, describe: describeTerm });
      for (let isDone = false; !isDone;) {
        isDone = job.step(-1);
        if (annotated.random.next() < 0.3) {
          const change = annotated.random.pick(PAGE_CHANGES);
          const pick = annotated.random.next();
          const other = annotated.random.next();
          change(annotated.document, pick, other);
          change(reference.document, pick, other);
          changes++;
        }
        expect(annotated.document.querySelectorAll('cr-term cr-term').length, label).toBe(0);
      }
      job.undo();
      expect(annotated.document.querySelectorAll('cr-term').length, label).toBe(
        reference.document.querySelectorAll('cr-term').length,
      );
      expect(annotated.document.body.innerHTML, label).toBe(reference.document.body.innerHTML);
      await annotated.close();
      await reference.close();
    }
    expect(changes).toBeGreaterThan(CHANGING_CASES);
  }, 60_000);
});
