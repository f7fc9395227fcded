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

interface Context {
  text: string;
  /** Where the form starts inside `text`. */
  offset: number;
}

const PAIR_SIZE = 1 << 18;
const pairKey = (first: number, second: number) => (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_SIZE - 1);

/**
 * Builds a leftmost-longest matcher over glossary forms. At each position the longest form
 * that starts there wins, unless the text around it is one of that form's `notIn` contexts, in
 * which case the next shorter form is tried. Matches never overlap; scanning resumes after a
 * match. Forms must be at least two code units long and each form belongs to one entry: a form
 * claimed by two ids is an error, named in the thrown message.
 */
export function createMatcher(forms: Iterable<MatcherForm>): Matcher {
  const list = [...forms];
  // Every trie edge goes straight into typed arrays: a direct table for the first code unit
  // (0: no form starts here), and an open-addressing hash table keyed by (node, code unit) for
  // every deeper one, sized from the total length of the forms so it never needs to grow.
  const totalLength = list.reduce((sum, { form }) => sum + form.length, 0);
  let bits = 4;
  while (1 << bits < totalLength * 2) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const edgeNode = new Int32Array(1 << bits).fill(-1);
  const edgeCode = new Uint16Array(1 << bits);
  const edgeChild = new Int32Array(1 << bits);
  const slotOf = (node: number, code: number) =>
    Math.imul((node << 16) ^ code ^ (node >>> 16), 0x9e3779b1) >>> shift;
  const rootChild = new Int32Array(0x10000);
  // A small bitmap of the first two code units of every form rules out most positions with one
  // read that stays in the processor's cache, and no branch on the first code unit alone (a
  // collision only costs a trie lookup that fails: the root's edges are not in the hash table).
  const pairBits = new Uint8Array(PAIR_SIZE >>> 3);
  const termAt = new Int32Array(totalLength + 1).fill(-1);
  const hasContext = new Uint8Array(totalLength + 1);
  const contextsAt = new Map<number, Context[]>();
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  let nodeCount = 1;
  let formCount = 0;
  let longestForm = 0;

  for (const { form, id, notIn } of list) {
    if (form.length < 2) throw new Error(`Form '${form}' of '${id}' is shorter than two characters`);
    const first = form.charCodeAt(0);
    let node = rootChild[first]!;
    if (node === 0) node = rootChild[first] = nodeCount++;
    for (let i = 1; i < form.length; i++) {
      const code = form.charCodeAt(i);
      let slot = slotOf(node, code);
      while (edgeNode[slot] !== -1 && !(edgeNode[slot] === node && edgeCode[slot] === code))
        slot = (slot + 1) & mask;
      if (edgeNode[slot] === -1) {
        edgeNode[slot] = node;
        edgeCode[slot] = code;
        edgeChild[slot] = nodeCount++;
      }
      node = edgeChild[slot]!;
    }
    const key = pairKey(first, form.charCodeAt(1));
    pairBits[key >>> 3]! |= 1 << (key & 7);

    let index = idIndex.get(id);
    if (index === undefined) {
      index = ids.push(id) - 1;
      idIndex.set(id, index);
    }
    const existing = termAt[node]!;
    if (existing >= 0 && existing !== index) {
      throw new Error(`Form '${form}' belongs to both '${ids[existing]}' and '${id}'`);
    }
    if (existing < 0) formCount++;
    termAt[node] = index;
    const contexts = contextsFor(form, notIn ?? []);
    if (contexts.length > 0) {
      contextsAt.set(node, [...(contextsAt.get(node) ?? []), ...contexts]);
      hasContext[node] = 1;
    }
    longestForm = Math.max(longestForm, form.length);
  }

  const ends = new Int32Array(longestForm + 1);
  const endNodes = new Int32Array(longestForm + 1);

  function isExcluded(text: string, start: number, node: number): boolean {
    for (const { text: context, offset } of contextsAt.get(node)!) {
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
      let node = rootChild[first]!;
      let found = 0;
      for (let k = i + 1; k < length; k++) {
        const code = text.charCodeAt(k);
        let slot = slotOf(node, code);
        let next = -1;
        for (let probe = edgeNode[slot]!; probe !== -1; probe = edgeNode[slot]!) {
          if (probe === node && edgeCode[slot] === code) {
            next = edgeChild[slot]!;
            break;
          }
          slot = (slot + 1) & mask;
        }
        if (next < 0) break;
        node = next;
        if (termAt[node]! >= 0) {
          ends[found] = k + 1;
          endNodes[found] = node;
          found++;
        }
      }
      let matchedEnd = 0;
      for (let f = found - 1; f >= 0; f--) {
        const at = endNodes[f]!;
        if (hasContext[at] === 1 && isExcluded(text, i, at)) continue;
        matchedEnd = ends[f]!;
        matches.push({ start: i, end: matchedEnd, id: ids[termAt[at]!]! });
        break;
      }
      i = matchedEnd > 0 ? matchedEnd : i + 1;
      second = text.charCodeAt(i);
    }
    return matches;
  }

  return { formCount, findAll };
}

function contextsFor(form: string, notIn: readonly string[]): Context[] {
  const contexts: Context[] = [];
  for (const text of notIn) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      contexts.push({ text, offset: at });
    }
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
