import { sendToBackground } from '../messaging';
import { readPageDataEarly } from '../page-settings';
import { hasChinese } from './has-chinese';
import { answerForPage } from './page-answers';

/**
 * The content script that runs on every page but the Chinese news sites the annotator is
 * declared for. It only asks whether the page has Chinese; if so, the background injects the
 * annotator (matcher, glossary, page code) into this tab. It answers the popup's questions,
 * delegating to the annotator once that is running.
 */
export function startEagerScript(doc: Document): void {
  const start = performance.now();
  const isChinese = hasChinese(doc);
  let failure: string | null = null;
  answerForPage(() => ({
    state: () => {
      if (!isChinese) return { status: 'no-chinese' };
      return failure ? { status: 'error', message: failure } : { status: 'loading' };
    },
    eager: { start, ms: ownTime },
  }));
  if (isChinese) {
    // The annotator will need the settings and the term index: they are read while it is injected.
    readPageDataEarly();
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
