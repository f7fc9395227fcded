import { indexHash } from 'virtual:crossriver-term-index';
import { browser } from 'wxt/browser';
import type { TermCards } from './core/term-index';

// The term index and the cards are files of the extension, built from the glossary. Pages read
// the index from storage.local, where the background copies it, in the same call as the
// settings: a script would have to compile the same data as code on every page, which cost more
// than reading it. The cards are asked of the background, one at a time, when one is shown.

/** Where the background keeps its copy of the term index for the pages. */
export const TERM_INDEX_KEY = 'termIndex';

export interface StoredTermIndex {
  /** The build whose index this is (virtual:crossriver-term-index). */
  hash: string;
  json: string;
}

/** The stored term index, if it is this build's. */
export function currentIndexJson(stored: unknown): string | null {
  const value = stored as Partial<StoredTermIndex> | undefined;
  return value?.hash === indexHash && typeof value.json === 'string' ? value.json : null;
}

async function fetchOwn(path: string): Promise<string> {
  const response = await fetch(browser.runtime.getURL(path as Parameters<typeof browser.runtime.getURL>[0]));
  if (!response.ok) throw new Error(`${path} could not be read (HTTP ${response.status})`);
  return response.text();
}

/**
 * Background: copies this build's term index into storage.local unless it is there already, and
 * returns it.
 */
export async function storeTermIndex(): Promise<string> {
  const stored = await browser.storage.local.get(TERM_INDEX_KEY);
  const current = currentIndexJson(stored[TERM_INDEX_KEY]);
  if (current !== null) return current;
  const json = await fetchOwn('/term-index.json');
  const value: StoredTermIndex = { hash: indexHash, json };
  await browser.storage.local.set({ [TERM_INDEX_KEY]: value });
  return json;
}

let cards: Promise<TermCards> | null = null;

/** Background: the explanation on the card of entry `id`, or null when there is no such entry. */
export async function termCard(id: string): Promise<string | null> {
  cards ??= fetchOwn('/term-cards.json').then((json) => JSON.parse(json) as TermCards);
  try {
    return Object.hasOwn(await cards, id) ? (await cards)[id]! : null;
  } catch (error) {
    cards = null;
    throw error;
  }
}
