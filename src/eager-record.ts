import { browser } from 'wxt/browser';

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
