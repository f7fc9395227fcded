import { formsOf, type Glossary } from './glossary';
import { compileMatcher, loadMatcher, type CompiledMatcher, type Matcher } from './matcher';

/**
 * The part of the glossary the annotator needs on every page: entry ids, each entry's headword,
 * English, category, inline gloss and pinyin, and the matcher over every form of every entry,
 * already compiled.
 * Built from the glossary at build time, so the annotator loads a fraction of the locale files
 * and builds nothing before it can match. Each text field is one string, a line per entry in
 * entry order (read with fieldReader): parsing it makes one string where an array would make one
 * per entry, and a page reads only the few lines of the terms it marks.
 */
export interface TermIndex {
  ids: string[];
  zh: string;
  en: string;
  category: string;
  gloss: string;
  pinyin: string;
  matcher: SerializedMatcher;
}

/** The text fields of a term index. */
export const TERM_FIELDS = ['zh', 'en', 'category', 'gloss', 'pinyin'] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/**
 * A compiled matcher as JSON can carry it: each array as base64 of its bytes (little-endian, as
 * every browser lays them out), its entries being the term index's own, in the same order.
 */
export interface SerializedMatcher {
  firstChild: string;
  code: string;
  term: string;
  contexts: CompiledMatcher['contexts'];
  formCount: number;
}

/** The English explanation a term's card shows, by entry id. */
export type TermCards = Record<string, string>;

/** The cards of a glossary's entries. */
export function createTermCards(glossary: Glossary): TermCards {
  return Object.fromEntries(glossary.entries.map((entry) => [entry.id, entry.explanationEn]));
}

/** The term index of a glossary, entries in glossary order. */
export function createTermIndex(glossary: Glossary): TermIndex {
  const ids = glossary.entries.map((entry) => entry.id);
  const compiled = compileMatcher(
    glossary.entries.flatMap((entry) =>
      formsOf(entry).map((form) => ({ form, id: entry.id, notIn: entry.notIn })),
    ),
  );
  // Every entry has its headword as a form, so the matcher meets the entries in glossary order.
  if (compiled.ids.some((id, index) => ids[index] !== id) || compiled.ids.length !== ids.length) {
    throw new Error('The matcher does not hold the glossary entries in glossary order');
  }
  const lines = (field: TermField) =>
    glossary.entries
      .map((entry) => {
        if (/[\n\r]/.test(entry[field])) {
          throw new Error(
            `The ${field} of '${entry.id}' holds a line break, which the term index cannot carry`,
          );
        }
        return entry[field];
      })
      .join('\n');
  return {
    ids,
    zh: lines('zh'),
    en: lines('en'),
    category: lines('category'),
    gloss: lines('gloss'),
    pinyin: lines('pinyin'),
    matcher: {
      firstChild: toBase64(compiled.firstChild),
      code: toBase64(compiled.code),
      term: toBase64(compiled.term),
      contexts: compiled.contexts,
      formCount: compiled.formCount,
    },
  };
}

/** The matcher of a term index: the same matches as createGlossaryMatcher on its glossary. */
export function createIndexMatcher(index: TermIndex): Matcher {
  const { matcher } = index;
  const firstChild = fromBase64(matcher.firstChild);
  const code = fromBase64(matcher.code);
  const term = fromBase64(matcher.term);
  return loadMatcher({
    firstChild: new Int32Array(firstChild.buffer, firstChild.byteOffset, firstChild.byteLength >> 2),
    code: new Uint16Array(code.buffer, code.byteOffset, code.byteLength >> 1),
    term: new Uint16Array(term.buffer, term.byteOffset, term.byteLength >> 1),
    ids: index.ids,
    contexts: matcher.contexts,
    formCount: matcher.formCount,
  });
}

/**
 * Reads one entry's line of a term index field by the entry's index. The first read finds where
 * every line starts; no line is copied until it is asked for.
 */
export function fieldReader(text: string): (index: number) => string {
  let starts: Int32Array | null = null;
  return (index) => {
    if (!starts) {
      let count = 1;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
      starts = new Int32Array(count + 1);
      let line = 1;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
      // As if the text ended with a line break, so that every line ends one before the next starts.
      starts[count] = text.length + 1;
    }
    if (!Number.isInteger(index) || index < 0 || index >= starts.length - 1) {
      throw new RangeError(`No line ${index} in a term index field of ${starts.length - 1} lines`);
    }
    return text.slice(starts[index]!, starts[index + 1]! - 1);
  };
}

function toBase64(array: Int32Array | Uint16Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

type Base64Decoder = (text: string) => Uint8Array;

function fromBase64(text: string): Uint8Array {
  // Native where the runtime has it (Chromium 140 and later); the byte loop elsewhere.
  const native = Uint8Array as unknown as { fromBase64?: Base64Decoder };
  if (native.fromBase64) return native.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
