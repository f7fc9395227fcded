import { onMessages, type PageState, type PageTimings } from '../messaging';
import { worldSlot } from '../world-slot';
import { publishedSession } from './session-slot';

// Set by the first content script that answers, so that the second does not answer as well.
const listening = worldSlot<true>('__crossriverListening');

export interface PageAnswers {
  /** The page's state until the annotator publishes its session. */
  state(): PageState;
  /** The eager script's start and own time; null where the annotator was declared for the site. */
  eager: PageTimings['eager'];
}

/**
 * Answers the popup's (and the benchmarks') questions about this page, delegating to the
 * annotator's session once it is published. Only the first content script to call it in a page
 * listens; later calls do nothing.
 */
export function answerForPage(answers: () => PageAnswers): void {
  if (listening.get()) return;
  listening.set(true);
  const state = () => publishedSession()?.state() ?? answers().state();
  onMessages({
    getPageState: state,
    annotateWholePage: () => {
      publishedSession()?.annotateWholePage?.();
      return state();
    },
    scrollToTerm: ({ id }) => publishedSession()?.scrollToTerm?.(id) ?? false,
    scrollToSentence: ({ index }) => publishedSession()?.scrollToSentence?.(index) ?? false,
    getPageTimings: () => ({
      eager: answers().eager,
      annotatorStart: null,
      prepared: null,
      articleFound: null,
      done: null,
      slices: 0,
      longestSlice: 0,
      longestBlock: 0,
      ...publishedSession()?.timings?.(),
    }),
  });
}
