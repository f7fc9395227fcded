import { browser } from 'wxt/browser';
import { onMessages } from './messaging';
import { annotationsEnabled } from './settings';
import { storeTermIndex, termCard } from './term-data';

/** The command that turns annotations on or off (manifest `commands`). */
export const TOGGLE_COMMAND = 'toggle-annotations';

/**
 * The background: injects the annotator into tabs whose page has Chinese, keeps the term index
 * in storage for the pages and answers their questions for cards, and turns annotations on or
 * off on the keyboard shortcut.
 */
export function startBackground(): void {
  // The pages read the term index from storage; a new or updated extension stores its own.
  browser.runtime.onInstalled.addListener(
    () =>
      void storeTermIndex().catch((error: unknown) =>
        console.error('Crossriver: the term index was not stored:', error),
      ),
  );
  onMessages({
    loadTermIndex: () => storeTermIndex(),
    termCard: ({ id }) => termCard(id),
    activatePage: async (_params, sender) => {
      if (sender.tabId === undefined) return { injected: false, error: 'the message came from no tab' };
      try {
        await browser.scripting.executeScript({
          target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
          files: ['/annotator.js'],
        });
        return { injected: true };
      } catch (error) {
        return { injected: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === TOGGLE_COMMAND) void toggleAnnotations();
  });
}

/** Flips the annotations setting; every tab follows it. */
export async function toggleAnnotations(): Promise<boolean> {
  const next = !(await annotationsEnabled.getValue());
  await annotationsEnabled.setValue(next);
  return next;
}
