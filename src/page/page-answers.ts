import { onMessages, type PageState, type PageTimings } from '../messaging';
import { publishedSession } from './session-slot';

/**
 * Answers the popup's (and the benchmarks') questions about this page, delegating to the
 * annotator's session, which the annotator publishes in the same task. Called once per page, by
 * the annotator, which does nothing when injected into a page where it already runs. `eager` is
 * the eager script's start and own time, null where the annotator was declared for the site.
 */
export function answerForPage(eager: PageTimings['eager']): void {
  const state = (): PageState => publishedSession()?.state() ?? { status: 'loading' };
  onMessages({
    getPageState: state,
    annotateWholePage: () => {
      publishedSession()?.annotateWholePage?.();
      return state();
    },
    scrollToTerm: ({ id }) => publishedSession()?.scrollToTerm?.(id) ?? false,
    scrollToSentence: ({ index }) => publishedSession()?.scrollToSentence?.(index) ?? false,
    getPageTimings: () => ({
      eager,
      annotatorStart: null,
      prepared: null,
      articleFound: null,
      done: null,
      slices: 0,
      longestSlice: 0,
      longestBlock: 0,
      firstBlock: 0,
      ...publishedSession()?.timings?.(),
    }),
  });
}
