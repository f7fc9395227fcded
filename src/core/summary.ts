import type { TermMatch } from './matcher';

export interface TermCount {
  id: string;
  count: number;
  /** Index of the term's first occurrence among all matches, for "order of appearance". */
  first: number;
}

/** Occurrences per term, in order of first appearance. */
export function countTerms(matches: Iterable<Pick<TermMatch, 'id'>>): TermCount[] {
  const counts = new Map<string, TermCount>();
  let index = 0;
  for (const { id } of matches) {
    const known = counts.get(id);
    if (known) known.count++;
    else counts.set(id, { id, count: 1, first: index });
    index++;
  }
  return [...counts.values()];
}

/** Terms by occurrence, most frequent first; ties keep their order of first appearance. */
export function rankTerms(counts: readonly TermCount[]): TermCount[] {
  return [...counts].sort((a, b) => b.count - a.count || a.first - b.first);
}

export interface SalienceInput {
  id: string;
  count: number;
  /** The headword, whose length stands in for how specific a term is. */
  zh: string;
  category: string;
}

export interface SalientTerm extends SalienceInput {
  salience: number;
}

// Titles and institutions recur in every report (市委书记, 党政代表团) without saying what it
// is about, so they weigh less than policy and economic terms.
const CATEGORY_WEIGHT: Record<string, number> = { institutions: 0.5 };

/**
 * Terms by salience, highest first. Occurrences count with diminishing returns (a term named
 * ten times is not ten times as telling as one named once), longer headwords count as more
 * specific than two-character ones, titles and institutions weigh half, and a term in the
 * headline counts double. Ties keep the order given.
 */
export function rankBySalience(terms: readonly SalienceInput[], title: string | null = null): SalientTerm[] {
  return terms
    .map((term, order) => ({
      ...term,
      order,
      salience:
        Math.sqrt(term.count) *
        Math.log2(1 + [...term.zh].length) *
        (CATEGORY_WEIGHT[term.category] ?? 1) *
        (title?.includes(term.zh) ? 2 : 1),
    }))
    .sort((a, b) => b.salience - a.salience || a.order - b.order)
    .map(({ order: _order, ...term }) => term);
}

/** The categories of the terms, by their summed salience, highest first. */
export function rankThemes(terms: readonly SalientTerm[]): { category: string; salience: number }[] {
  const sums = new Map<string, number>();
  for (const term of terms) sums.set(term.category, (sums.get(term.category) ?? 0) + term.salience);
  return [...sums]
    .map(([category, salience]) => ({ category, salience }))
    .sort((a, b) => b.salience - a.salience);
}

export interface SentenceTerm {
  start: number;
  end: number;
  id: string;
}

export interface KeySentence {
  /** Position of the sentence among the article's sentences. */
  index: number;
  text: string;
  terms: SentenceTerm[];
}

const SENTENCE_END = /[^。！？!?；;\n]+[。！？!?；;]*[”’」』）)]*/g;

/** The article's sentences, in order, with surrounding whitespace trimmed. */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE_END) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * The `count` sentences carrying the most distinct terms (ties: the earlier sentence), returned
 * in the order they appear in the article, each with its term positions.
 */
export function findKeySentences(
  sentences: readonly string[],
  findTerms: (text: string) => SentenceTerm[],
  count = 3,
): KeySentence[] {
  return sentences
    .map((text, index) => ({ index, text, terms: findTerms(text) }))
    .map((sentence) => ({ ...sentence, distinct: new Set(sentence.terms.map((term) => term.id)).size }))
    .filter((sentence) => sentence.distinct > 0)
    .sort((a, b) => b.distinct - a.distinct || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map(({ distinct: _distinct, ...sentence }) => sentence);
}

/** Minutes a reader needs for `characters` of Chinese, at 400 characters a minute, at least 1. */
export function readingMinutes(characters: number): number {
  return Math.max(1, Math.round(characters / 400));
}
