import { createGlossaryMatcher } from '../core/matcher';
import { createI18n, loadGlossary } from '../i18n';
import { annotationsEnabled, inlineDisplay } from '../settings';
import { startPageSession } from './session';
import { publishedSession, publishSession } from './session-slot';

/**
 * The annotator, injected only into pages with Chinese: loads the glossary, finds the article,
 * marks its terms according to the settings, and follows the settings as they change.
 * Injecting it twice into the same page does nothing the second time.
 */
export async function startAnnotator(doc: Document, url: string): Promise<void> {
  if (publishedSession()) return;
  publishSession({ state: () => ({ status: 'loading' }) });
  try {
    const glossary = loadGlossary(createI18n('en'));
    const matcher = createGlossaryMatcher(glossary);
    const [annotations, display] = await Promise.all([
      annotationsEnabled.getValue(),
      inlineDisplay.getValue(),
    ]);
    const session = startPageSession({ document: doc, url, glossary, matcher, annotations, display });
    publishSession(session);
    annotationsEnabled.watch((isOn) => session.setAnnotations(isOn));
    inlineDisplay.watch((next) => session.setDisplay(next));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    publishSession({ state: () => ({ status: 'error', message }) });
    throw error;
  }
}
