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
