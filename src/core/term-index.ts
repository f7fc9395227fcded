import { formsOf, type Glossary } from './glossary';
import { compileMatcher, loadMatcher, type CompiledMatcher, type Matcher } from './matcher';

/**
 * The part of the glossary the annotator needs on every page, in parallel arrays: entry ids,
 * headword, English, category, inline gloss and pinyin, and the matcher over every form of every
 * entry, already compiled.
 * Built from the glossary at build time, so the annotator loads a fraction of the locale files
 * and builds nothing before it can match.
 */
export interface TermIndex {
  ids: string[];
  zh: string[];
  en: string[];
  category: string[];
  gloss: string[];
  pinyin: string[];
  matcher: SerializedMatcher;
}

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
  return {
    ids,
    zh: glossary.entries.map((entry) => entry.zh),
    en: glossary.entries.map((entry) => entry.en),
    category: glossary.entries.map((entry) => entry.category),
    gloss: glossary.entries.map((entry) => entry.gloss),
    pinyin: glossary.entries.map((entry) => entry.pinyin),
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
