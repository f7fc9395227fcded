/** When a content script's bundle started: imported first, so no other module of it has run yet. */
export const scriptStart = performance.now();
