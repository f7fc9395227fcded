import { onMessages, sendToBackground } from '../messaging';
import { hasChinese } from './has-chinese';
import { publishedSession } from './session-slot';

/**
 * The content script that runs on every page. It only asks whether the page has Chinese; if
 * so, the background injects the annotator (matcher, glossary, page code) into this tab.
 * It answers the popup's questions, delegating to the annotator once that is running.
 */
export function startEagerScript(doc: Document): void {
  const isChinese = hasChinese(doc);
  let failure: string | null = null;
  onMessages({
    getPageState: () => {
      if (!isChinese) return { status: 'no-chinese' };
      const session = publishedSession();
      if (session) return session.state();
      return failure ? { status: 'error', message: failure } : { status: 'loading' };
    },
  });
  if (!isChinese) return;
  sendToBackground('activatePage', {}).then(
    (result) => {
      if (!result?.injected) failure = result?.error ?? 'the annotator could not be started';
    },
    (error: unknown) => {
      failure = error instanceof Error ? error.message : String(error);
    },
  );
}
