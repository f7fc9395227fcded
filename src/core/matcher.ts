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

const EDGE_STRIDE = 0x10000;
const PAIR_MASK = 0xffff;
const pairKey = (first: number, second: number) => ((first << 5) ^ second) & PAIR_MASK;

/**
 * Builds a leftmost-longest matcher over glossary forms. At each position the longest form
 * that starts there wins, unless the text around it is one of that form's `notIn` contexts, in
 * which case the next shorter form is tried. Matches never overlap; scanning resumes after a
 * match. Forms must be at least two code units long and each form belongs to one entry: a form
 * claimed by two ids is an error, named in the thrown message.
 */
export function createMatcher(forms: Iterable<MatcherForm>): Matcher {
  // A trie over UTF-16 code units; edges live in one map keyed by node * 65536 + code unit.
  const edges = new Map<number, number>();
  const formIdAt: (string | undefined)[] = [undefined];
  const contextsAt: (Context[] | undefined)[] = [undefined];
  const startsForm = new Uint8Array(0x10000);
  const startsPair = new Uint8Array(PAIR_MASK + 1);
  let nodeCount = 1;
  let formCount = 0;
  let longestForm = 0;

  for (const { form, id, notIn } of forms) {
    if (form.length < 2) throw new Error(`Form '${form}' of '${id}' is shorter than two characters`);
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const key = node * EDGE_STRIDE + form.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = nodeCount++;
        edges.set(key, next);
        formIdAt.push(undefined);
        contextsAt.push(undefined);
      }
      node = next;
    }
    const existing = formIdAt[node];
    if (existing !== undefined && existing !== id) {
      throw new Error(`Form '${form}' belongs to both '${existing}' and '${id}'`);
    }
    if (existing === undefined) formCount++;
    formIdAt[node] = id;
    const contexts = contextsFor(form, notIn ?? []);
    if (contexts.length > 0) contextsAt[node] = [...(contextsAt[node] ?? []), ...contexts];
    startsForm[form.charCodeAt(0)] = 1;
    startsPair[pairKey(form.charCodeAt(0), form.charCodeAt(1))] = 1;
    longestForm = Math.max(longestForm, form.length);
  }

  const ends = new Int32Array(longestForm + 1);
  const endNodes = new Int32Array(longestForm + 1);

  function isExcluded(text: string, start: number, contexts: Context[] | undefined): boolean {
    if (contexts === undefined) return false;
    for (const { text: context, offset } of contexts) {
      const at = start - offset;
      if (at >= 0 && text.startsWith(context, at)) return true;
    }
    return false;
  }

  function findAll(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const last = text.length - 1;
    let i = 0;
    while (i < last) {
      const first = text.charCodeAt(i);
      if (startsForm[first] === 0 || startsPair[pairKey(first, text.charCodeAt(i + 1))] === 0) {
        i++;
        continue;
      }
      let found = 0;
      let node = 0;
      for (let k = i; k <= last; k++) {
        const next = edges.get(node * EDGE_STRIDE + text.charCodeAt(k));
        if (next === undefined) break;
        node = next;
        if (formIdAt[node] !== undefined) {
          ends[found] = k + 1;
          endNodes[found] = node;
          found++;
        }
      }
      let matchedEnd = -1;
      for (let f = found - 1; f >= 0; f--) {
        const end = ends[f]!;
        const at = endNodes[f]!;
        if (isExcluded(text, i, contextsAt[at])) continue;
        matches.push({ start: i, end, id: formIdAt[at]! });
        matchedEnd = end;
        break;
      }
      i = matchedEnd > 0 ? matchedEnd : i + 1;
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
