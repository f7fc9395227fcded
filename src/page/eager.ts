import { onMessages, sendToBackground } from '../messaging';
import { hasChinese } from './has-chinese';
import { publishedSession } from './session-slot';

/**
 * The content script that runs on every page. It only asks whether the page has Chinese; if
 * so, the background injects the annotator (matcher, glossary, page code) into this tab.
 * It answers the popup's questions, delegating to the annotator once that is running.
 */
export function startEagerScript(doc: Document): void {
  const start = performance.now();
  const isChinese = hasChinese(doc);
  let failure: string | null = null;
  const state = () => {
    if (!isChinese) return { status: 'no-chinese' } as const;
    const session = publishedSession();
    if (session) return session.state();
    return failure ? ({ status: 'error', message: failure } as const) : ({ status: 'loading' } as const);
  };
  onMessages({
    getPageState: state,
    annotateWholePage: () => {
      publishedSession()?.annotateWholePage?.();
      return state();
    },
    scrollToTerm: ({ id }) => publishedSession()?.scrollToTerm?.(id) ?? false,
    scrollToSentence: ({ index }) => publishedSession()?.scrollToSentence?.(index) ?? false,
    getPageTimings: () => ({
      eager: { start, ms: ownTime },
      annotatorStart: null,
      prepared: null,
      articleFound: null,
      done: null,
      slices: 0,
      longestSlice: 0,
      ...publishedSession()?.timings?.(),
    }),
  });
  if (isChinese) {
    sendToBackground('activatePage', {}).then(
      (result) => {
        if (!result?.injected) failure = result?.error ?? 'the annotator could not be started';
      },
      (error: unknown) => {
        failure = error instanceof Error ? error.message : String(error);
      },
    );
  }
  const ownTime = performance.now() - start;
}
