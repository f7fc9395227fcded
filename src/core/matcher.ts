import { formsOf, type Glossary } from './glossary';

export interface TermMatch {
  /** Offset of the first UTF-16 code unit of the match. */
  start: number;
  /** Offset just past the match. */
  end: number;
  id: string;
}

export interface MatcherForm {
  form: string;
  id: string;
  /** Longer strings containing `form` in which it is not the term. */
  notIn?: readonly string[];
}

export interface Matcher {
  /** How many distinct forms the matcher holds. */
  readonly formCount: number;
  /** All matches in `text`, leftmost first, never overlapping. */
  findAll(text: string): TermMatch[];
}

/**
 * A matcher's trie as flat arrays, ready to use without building anything: the form of the data
 * the extension ships, compiled when it is built. Nodes are numbered breadth first from the root
 * (0), with each node's children in order of code unit, so the children of node `n` are the
 * nodes `firstChild[n]` up to `firstChild[n + 1]`.
 */
export interface CompiledMatcher {
  /** Per node, and one past the last: the first of its children. */
  firstChild: Int32Array;
  /** Per node, the code unit on the edge that leads to it (0 for the root). */
  code: Uint16Array;
  /** Per node, 1 + the index in `ids` of the entry whose form ends there; 0 where none does. */
  term: Uint16Array;
  /** Entry ids, indexed by `term - 1`. */
  ids: string[];
  /** Where a form ending at `node` is not the term: the text around it, and where it starts in it. */
  contexts: [node: number, text: string, offset: number][];
  formCount: number;
}

const PAIR_SIZE = 1 << 18;
const pairKey = (first: number, second: number) => (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_SIZE - 1);
/** Above this many children, a node's child is found by binary search instead of a scan. */
const SCAN_LIMIT = 8;

interface BuildNode {
  children: Map<number, BuildNode>;
  term: number;
  contexts: [text: string, offset: number][];
}

/**
 * Compiles glossary forms into a leftmost-longest matcher's trie (see createMatcher). Forms must
 * be at least two code units long and each form belongs to one entry: a form claimed by two ids
 * is an error, named in the thrown message.
 */
export function compileMatcher(forms: Iterable<MatcherForm>): CompiledMatcher {
  const root: BuildNode = { children: new Map(), term: -1, contexts: [] };
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  let formCount = 0;
  let nodeCount = 1;
  for (const { form, id, notIn } of forms) {
    if (form.length < 2) throw new Error(`Form '${form}' of '${id}' is shorter than two characters`);
    let node = root;
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      let child = node.children.get(code);
      if (!child) {
        child = { children: new Map(), term: -1, contexts: [] };
        node.children.set(code, child);
        nodeCount++;
      }
      node = child;
    }
    let index = idIndex.get(id);
    if (index === undefined) {
      index = ids.push(id) - 1;
      idIndex.set(id, index);
    }
    if (node.term >= 0 && node.term !== index) {
      throw new Error(`Form '${form}' belongs to both '${ids[node.term]}' and '${id}'`);
    }
    if (node.term < 0) formCount++;
    node.term = index;
    node.contexts.push(...contextsFor(form, notIn ?? []));
  }
  if (ids.length >= 0xffff) throw new Error(`A matcher holds at most 65,534 entries, not ${ids.length}`);

  const firstChild = new Int32Array(nodeCount + 1);
  const code = new Uint16Array(nodeCount);
  const term = new Uint16Array(nodeCount);
  const contexts: CompiledMatcher['contexts'] = [];
  // Breadth first: a node's children get the next free numbers as the node is taken off the queue.
  const queue: BuildNode[] = [root];
  let next = 1;
  for (let n = 0; n < queue.length; n++) {
    const node = queue[n]!;
    firstChild[n] = next;
    term[n] = node.term + 1;
    for (const [text, offset] of node.contexts) contexts.push([n, text, offset]);
    for (const [edge, child] of [...node.children].sort((a, b) => a[0] - b[0])) {
      code[next++] = edge;
      queue.push(child);
    }
  }
  firstChild[nodeCount] = nodeCount;
  return { firstChild, code, term, ids, contexts, formCount };
}

/**
 * A matcher over compiled forms. At each position the longest form that starts there wins,
 * unless the text around it is one of that form's `notIn` contexts, in which case the next
 * shorter form is tried. Matches never overlap; scanning resumes after a match.
 */
export function loadMatcher(compiled: CompiledMatcher): Matcher {
  const { firstChild, code, term, ids } = compiled;
  // Every form's first two code units: in a small bitmap, which rules out most positions with
  // one read that stays in the processor's cache, and in an open-addressing table that leads
  // from them straight to the node two levels down, where few children are left to look through.
  const pairBits = new Uint8Array(PAIR_SIZE >>> 3);
  const pairCount = firstChild[firstChild[1]!]! - firstChild[1]!;
  let pairSlots = 16;
  while (pairSlots < pairCount * 2) pairSlots *= 2;
  const pairMask = pairSlots - 1;
  const pairNode = new Int32Array(pairSlots);
  const pairFirst = new Uint16Array(pairSlots);
  const pairSecond = new Uint16Array(pairSlots);
  for (let child = firstChild[0]!; child < firstChild[1]!; child++) {
    for (let grandchild = firstChild[child]!; grandchild < firstChild[child + 1]!; grandchild++) {
      const key = pairKey(code[child]!, code[grandchild]!);
      pairBits[key >>> 3]! |= 1 << (key & 7);
      let slot = key & pairMask;
      while (pairNode[slot] !== 0) slot = (slot + 1) & pairMask;
      pairNode[slot] = grandchild;
      pairFirst[slot] = code[child]!;
      pairSecond[slot] = code[grandchild]!;
    }
  }
  const contextsAt = new Map<number, [text: string, offset: number][]>();
  for (const [node, text, offset] of compiled.contexts) {
    const list = contextsAt.get(node);
    if (list) list.push([text, offset]);
    else contextsAt.set(node, [[text, offset]]);
  }
  const longestForm = depthOf(firstChild);
  const ends = new Int32Array(longestForm + 1);
  const endNodes = new Int32Array(longestForm + 1);

  function childOf(node: number, unit: number): number {
    let low = firstChild[node]!;
    let high = firstChild[node + 1]!;
    if (high - low <= SCAN_LIMIT) {
      for (; low < high; low++) if (code[low] === unit) return low;
      return -1;
    }
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = code[middle]!;
      if (at === unit) return middle;
      if (at < unit) low = middle + 1;
      else high = middle;
    }
    return -1;
  }

  function isExcluded(text: string, start: number, node: number): boolean {
    for (const [context, offset] of contextsAt.get(node)!) {
      const at = start - offset;
      if (at >= 0 && text.startsWith(context, at)) return true;
    }
    return false;
  }

  function findAll(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const length = text.length;
    const last = length - 1;
    let i = 0;
    // Each code unit is read once as it moves from `second` to `first`.
    let second = text.charCodeAt(0);
    while (i < last) {
      const first = second;
      second = text.charCodeAt(i + 1);
      const key = pairKey(first, second);
      if ((pairBits[key >>> 3]! & (1 << (key & 7))) === 0) {
        i++;
        continue;
      }
      let slot = key & pairMask;
      let node = pairNode[slot]!;
      while (node !== 0 && (pairFirst[slot] !== first || pairSecond[slot] !== second)) {
        slot = (slot + 1) & pairMask;
        node = pairNode[slot]!;
      }
      if (node === 0) {
        i++;
        continue;
      }
      let found = 0;
      if (term[node]! > 0) {
        ends[0] = i + 2;
        endNodes[0] = node;
        found = 1;
      }
      for (let k = i + 2; k < length; k++) {
        node = childOf(node, text.charCodeAt(k));
        if (node < 0) break;
        if (term[node]! > 0) {
          ends[found] = k + 1;
          endNodes[found] = node;
          found++;
        }
      }
      let matchedEnd = 0;
      for (let f = found - 1; f >= 0; f--) {
        const at = endNodes[f]!;
        if (contextsAt.has(at) && isExcluded(text, i, at)) continue;
        matchedEnd = ends[f]!;
        matches.push({ start: i, end: matchedEnd, id: ids[term[at]! - 1]! });
        break;
      }
      i = matchedEnd > 0 ? matchedEnd : i + 1;
      second = text.charCodeAt(i);
    }
    return matches;
  }

  return { formCount: compiled.formCount, findAll };
}

/** The depth of the deepest node: the length of the longest form. */
function depthOf(firstChild: Int32Array): number {
  // Breadth first, the children of one level's nodes are exactly the next level.
  let depth = 0;
  for (let start = 0, end = 1; firstChild[end]! > firstChild[start]!; depth++) {
    [start, end] = [firstChild[start]!, firstChild[end]!];
  }
  return depth;
}

/**
 * Builds a leftmost-longest matcher over glossary forms: compileMatcher, then loadMatcher.
 */
export function createMatcher(forms: Iterable<MatcherForm>): Matcher {
  return loadMatcher(compileMatcher(forms));
}

function contextsFor(form: string, notIn: readonly string[]): [text: string, offset: number][] {
  const contexts: [string, number][] = [];
  for (const text of notIn) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) contexts.push([text, at]);
  }
  return contexts;
}

/** A matcher over every form of every entry of the glossary. */
export function createGlossaryMatcher(glossary: Glossary): Matcher {
  return createMatcher(
    glossary.entries.flatMap((entry) =>
      formsOf(entry).map((form) => ({ form, id: entry.id, notIn: entry.notIn })),
    ),
  );
}
