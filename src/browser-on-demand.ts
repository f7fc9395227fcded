import type { browser as wxtBrowser } from 'wxt/browser';

// The build resolves `wxt/browser` to this module (wxt.config.ts). WXT's own module picks the
// extension API when it is imported, by reading `browser.runtime`, and in a content script the
// first read of `runtime` builds its bindings: about 2 ms in Chromium, on every page, before the
// script has looked at anything (measured). Here the API is picked the first time it is used, so
// the eager script pays nothing for it on a page without Chinese. Tests keep WXT's fakeBrowser.

type Api = Record<PropertyKey, unknown>;
let picked: Api | undefined;

function pick(): Api {
  const world = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  picked ??= (world.browser?.runtime?.id ? world.browser : world.chrome) as Api;
  return picked;
}

export const browser = new Proxy({} as Api, {
  get: (_target, key) => pick()[key],
  has: (_target, key) => key in pick(),
}) as unknown as typeof wxtBrowser;
