import { formsOf, type Glossary } from './glossary';
import { createMatcher, type Matcher } from './matcher';

/**
 * The part of the glossary the annotator needs on every page, in parallel arrays: entry ids,
 * headword, English, category, inline gloss and pinyin, every form that matches them, and their
 * notIn contexts.
 * Built from the glossary at build time, so the annotator loads a fraction of the locale files.
 */
export interface TermIndex {
  ids: string[];
  zh: string[];
  en: string[];
  category: string[];
  gloss: string[];
  pinyin: string[];
  forms: string[][];
  notIn: string[][];
}

/** The English explanation a term's card shows, per entry, in the order of the index. */
export type TermCards = string[];

/** The cards of a glossary's entries, in the order of its term index. */
export function createTermCards(glossary: Glossary): TermCards {
  return glossary.entries.map((entry) => entry.explanationEn);
}

/** The term index of a glossary, entries in glossary order. */
export function createTermIndex(glossary: Glossary): TermIndex {
  return {
    ids: glossary.entries.map((entry) => entry.id),
    zh: glossary.entries.map((entry) => entry.zh),
    en: glossary.entries.map((entry) => entry.en),
    category: glossary.entries.map((entry) => entry.category),
    gloss: glossary.entries.map((entry) => entry.gloss),
    pinyin: glossary.entries.map((entry) => entry.pinyin),
    forms: glossary.entries.map((entry) => formsOf(entry)),
    notIn: glossary.entries.map((entry) => entry.notIn),
  };
}

/** A matcher over every form in the index; the same matches as createGlossaryMatcher. */
export function createIndexMatcher(index: TermIndex): Matcher {
  return createMatcher(
    index.ids.flatMap((id, entry) =>
      index.forms[entry]!.map((form) => ({ form, id, notIn: index.notIn[entry] })),
    ),
  );
}
