import type { PageState, PageTimings } from '../messaging';
import { worldSlot } from '../world-slot';

export interface SessionHandle {
  state(): PageState;
  timings?(): Omit<PageTimings, 'eager'>;
  annotateWholePage?(): void;
  scrollToTerm?(id: string): boolean;
  scrollToSentence?(index: number): boolean;
}

const session = worldSlot<SessionHandle>('__crossriverSession');

/** Makes the annotator's session known to the eager content script. */
export function publishSession(handle: SessionHandle): void {
  session.set(handle);
}

export function publishedSession(): SessionHandle | undefined {
  return session.get();
}
