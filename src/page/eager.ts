import { sendToBackground } from '../messaging';
import { readPageDataEarly } from '../page-settings';
import { EAGER_SLOT, type EagerRecord } from '../eager-record';
import { worldSlot } from '../world-slot';
import { hasChinese } from './has-chinese';
import { answerForPage } from './page-answers';

/**
 * The content script that runs on every page but the Chinese news sites the annotator is
 * declared for. It only asks whether the page has Chinese. Where there is none it does nothing
 * more: it leaves its answer in the extension's world, where the popup looks it up, and touches
 * no extension API. Where there is Chinese, the background injects the annotator (matcher,
 * glossary, page code) into this tab, and this script answers the popup until the annotator runs.
 */
export function startEagerScript(doc: Document): void {
  const start = performance.now();
  const isChinese = hasChinese(doc);
  const record: EagerRecord = { start, ms: 0, isChinese };
  worldSlot<EagerRecord>(EAGER_SLOT).set(record);
  if (isChinese) {
    let failure: string | null = null;
    answerForPage(() => ({
      state: () => (failure ? { status: 'error', message: failure } : { status: 'loading' }),
      eager: { start: record.start, ms: record.ms },
    }));
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
  record.ms = performance.now() - start;
}
