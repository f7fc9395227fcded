import { browser } from 'wxt/browser';
import type { PageState } from './messaging';

/**
 * The world slot (src/world-slot.ts) where the eager content script leaves what it found. The
 * popup reads it with a function run in the page, which gets the name as an argument.
 */
export const EAGER_SLOT = '__crossriverEager';

export interface EagerRecord {
  /** When the eager script started, and how long it took (performance.now() milliseconds). */
  start: number;
  ms: number;
  isChinese: boolean;
  /** Why the annotator could not be started on a page with Chinese, once the background says so. */
  failure: string | null;
}

/**
 * What the eager script found in a tab's top frame, or null where it has not run (the page
 * forbids extensions, or was opened before Crossriver was installed).
 */
export async function readEagerRecord(tabId: number): Promise<EagerRecord | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (slot: string) => (globalThis as Record<string, unknown>)[slot] ?? null,
      args: [EAGER_SLOT],
    });
    return (result?.result as EagerRecord | null | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * What a page's state is, from the eager script's record alone, when no content script answers
 * the popup: no Chinese; Chinese, with the annotator on its way or unable to start; or, with no
 * record, a page where nothing of Crossriver ran (the page forbids extensions, or was opened
 * before Crossriver was installed and not reloaded since).
 */
export function stateFromEagerRecord(record: EagerRecord | null): PageState | { status: 'unsupported' } {
  if (!record) return { status: 'unsupported' };
  if (!record.isChinese) return { status: 'no-chinese' };
  if (record.failure) return { status: 'error', message: record.failure };
  return { status: 'loading' };
}
