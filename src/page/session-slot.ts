import type { PageState, PageTimings } from '../messaging';

export interface SessionHandle {
  state(): PageState;
  timings?(): Omit<PageTimings, 'eager'>;
  annotateWholePage?(): void;
  scrollToTerm?(id: string): boolean;
  scrollToSentence?(index: number): boolean;
}

// Both content scripts run in the extension's isolated world, which the page cannot see, so
// a property of that world's global object is a private meeting point for the two bundles.
const SLOT = '__crossriverSession';

/** Makes the annotator's session known to the always-present content script. */
export function publishSession(handle: SessionHandle): void {
  (globalThis as Record<string, unknown>)[SLOT] = handle;
}

export function publishedSession(): SessionHandle | undefined {
  return (globalThis as Record<string, unknown>)[SLOT] as SessionHandle | undefined;
}
