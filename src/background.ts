import { browser } from 'wxt/browser';
import { onMessages } from './messaging';
import { annotationsEnabled } from './settings';

/** The command that turns annotations on or off (manifest `commands`). */
export const TOGGLE_COMMAND = 'toggle-annotations';

/**
 * The background: injects the annotator into tabs whose page has Chinese, and turns
 * annotations on or off on the keyboard shortcut.
 */
export function startBackground(): void {
  onMessages({
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
