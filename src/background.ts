import { browser } from 'wxt/browser';
import { onMessages } from './messaging';

/** The background: injects the annotator into tabs whose page has Chinese. */
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
}
