import { EAGER_SLOT, type EagerRecord } from '../eager-record';
import { sendToBackground } from '../messaging';
import { worldSlot } from '../world-slot';
import { hasChinese } from './has-chinese';

/**
 * The content script that runs on every page but the Chinese news sites the annotator is
 * declared for. It only asks whether the page has Chinese, and leaves its answer in the
 * extension's world, where the popup and the annotator look it up. Without Chinese it does
 * nothing more and touches no extension API. With Chinese it asks the background to inject the
 * annotator (matcher, glossary, page code), which answers the popup from then on; until it does,
 * the popup reads this script's record, and a failure to start is noted there.
 */
export function startEagerScript(doc: Document, start = performance.now()): void {
  const isChinese = hasChinese(doc);
  const record: EagerRecord = { start, ms: 0, isChinese, failure: null };
  worldSlot<EagerRecord>(EAGER_SLOT).set(record);
  if (isChinese) {
    sendToBackground('activatePage', {}).then(
      (result) => {
        if (!result?.injected) record.failure = result?.error ?? 'the annotator could not be started';
      },
      (error: unknown) => {
        record.failure = error instanceof Error ? error.message : String(error);
      },
    );
  }
  record.ms = performance.now() - start;
}
