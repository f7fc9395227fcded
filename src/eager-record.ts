import { browser } from 'wxt/browser';

/**
 * Where the eager content script leaves what it found, on the global object of the extension's
 * isolated world in the page: visible to the extension's scripts there, never to the page.
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
