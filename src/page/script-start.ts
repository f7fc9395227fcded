/** When the annotator's bundle started, before its term index was read: imported first. */
export const scriptStart = performance.now();
