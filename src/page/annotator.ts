import { createIndexMatcher, type TermIndex } from '../core/term-index';
import { EAGER_SLOT, type EagerRecord } from '../eager-record';
import { sendToBackground } from '../messaging';
import { takePageData, watchPageSettings } from '../page-settings';
import { siteOf } from '../settings-keys';
import { worldSlot } from '../world-slot';
import { findArticleInSteps, type Article } from './article/find-article';
import { showsChinese } from './has-chinese';
import { answerForPage } from './page-answers';
import { startPageSession } from './session';
import { publishedSession, publishSession } from './session-slot';

/** Finding the article pauses after about this many milliseconds of counting. */
const STEP_MS = 12;

/** Lets the browser handle what waits (input, rendering) and goes on before other tasks. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The annotator, injected only into pages with Chinese, or declared for the Chinese news sites:
 * finds the article while the settings and the term index are read, loads the compiled matcher,
 * marks the article's terms according to the settings, and follows the settings as they change.
 * Injecting it twice into the same page does nothing the second time.
 */
export async function startAnnotator(
  doc: Document,
  url: string,
  startedAt = performance.now(),
): Promise<void> {
  if (publishedSession()) return;
  // The eager script's record, where it found the Chinese that brought the annotator here; none
  // where the annotator is declared for the site.
  const eager = worldSlot<EagerRecord>(EAGER_SLOT).get();
  answerForPage(eager ? { start: eager.start, ms: eager.ms } : null);
  if (!showsChinese(doc)) {
    publishSession({ state: () => ({ status: 'no-chinese' }) });
    return;
  }
  publishSession({ state: () => ({ status: 'loading' }) });
  try {
    const site = siteOf(url);
    const data = takePageData();
    // Each step in a task of its own, so that none of them, with what the page does meanwhile,
    // makes a long task. `blocks` keeps how long each held the main thread.
    const blocks = [performance.now() - startedAt];
    await nextTask();
    const preparedAt = performance.now();
    let stepStart = preparedAt;
    const finding = findArticleInSteps(doc, {
      url,
      shouldPause: () => performance.now() - stepStart > STEP_MS,
    });
    let article: Article | null = null;
    while (!article) {
      stepStart = performance.now();
      const step = finding.next();
      blocks.push(performance.now() - stepStart);
      if (step.done) article = step.value;
      else await nextTask();
    }
    const articleFoundAt = performance.now();
    const { settings: initial, indexJson } = await data;
    await nextTask();
    // Storage holds no copy of this build's index until the background has made one.
    const indexText = indexJson ?? (await sendToBackground('loadTermIndex', {}));
    const loadStart = performance.now();
    const termIndex = JSON.parse(indexText) as TermIndex;
    const matcher = createIndexMatcher(termIndex);
    blocks.push(performance.now() - loadStart);
    await nextTask();
    const sessionStart = performance.now();
    const entryOf = new Map(termIndex.ids.map((id, index) => [id, index]));
    const describe = (id: string) => {
      const index = entryOf.get(id);
      return index === undefined
        ? undefined
        : { gloss: termIndex.gloss[index]!, pinyin: termIndex.pinyin[index]! };
    };
    const isOnHere = ({ annotations, neverOnSites }: typeof initial) =>
      annotations && !(site !== null && neverOnSites.includes(site));
    const session = startPageSession({
      document: doc,
      url,
      matcher,
      describe,
      summarize: (id) => {
        const index = entryOf.get(id);
        if (index === undefined) return undefined;
        return {
          zh: termIndex.zh[index]!,
          pinyin: termIndex.pinyin[index]!,
          en: termIndex.en[index]!,
          gloss: termIndex.gloss[index]!,
          category: termIndex.category[index]!,
        };
      },
      describeCard: async (id) => {
        const index = entryOf.get(id);
        if (index === undefined) return null;
        const explanation = await sendToBackground('termCard', { id });
        if (explanation === null) return null;
        return {
          zh: termIndex.zh[index]!,
          pinyin: termIndex.pinyin[index]!,
          en: termIndex.en[index]!,
          explanation,
        };
      },
      annotations: isOnHere(initial),
      display: initial.display,
      startedAt,
      found: { article, preparedAt, articleFoundAt },
    });
    // The session's start runs in one task with its first slice.
    const sessionSetup = performance.now() - sessionStart;
    publishSession({
      ...session,
      timings: () => {
        const timings = session.timings();
        const longestBlock = Math.max(...blocks, sessionSetup + timings.firstSlice, timings.longestSlice);
        return { ...timings, longestBlock, firstBlock: blocks[0]! };
      },
    });
    watchPageSettings(initial, (next) => {
      session.setAnnotations(isOnHere(next));
      session.setDisplay(next.display);
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    publishSession({ state: () => ({ status: 'error', message }) });
    throw error;
  }
}
