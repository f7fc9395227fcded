import termIndex, { cardsJson } from 'virtual:crossriver-term-index';
import { createIndexMatcher, type TermCards } from '../core/term-index';
import { readPageSettings, watchPageSettings } from '../page-settings';
import { siteOf } from '../settings-keys';
import { findArticle } from './article/find-article';
import { showsChinese } from './has-chinese';
import { answerForPage } from './page-answers';
import { startPageSession } from './session';
import { publishedSession, publishSession } from './session-slot';

/**
 * The annotator, injected only into pages with Chinese, or declared for the Chinese news sites:
 * loads the compiled matcher from the term index, finds the article, marks its terms according
 * to the settings, and follows the settings as they change.
 * Injecting it twice into the same page does nothing the second time.
 */
export async function startAnnotator(
  doc: Document,
  url: string,
  startedAt = performance.now(),
): Promise<void> {
  if (publishedSession()) return;
  // Where the annotator is declared for the site, no eager script answers the popup.
  answerForPage(() => ({ state: () => ({ status: 'loading' }), eager: null }));
  if (!showsChinese(doc)) {
    publishSession({ state: () => ({ status: 'no-chinese' }) });
    return;
  }
  publishSession({ state: () => ({ status: 'loading' }) });
  try {
    const site = siteOf(url);
    const settings = readPageSettings();
    const matcher = createIndexMatcher(termIndex);
    // The article is found while the settings are on their way.
    const preparedAt = performance.now();
    const article = findArticle(doc, { url });
    const articleFoundAt = performance.now();
    const entryOf = new Map(termIndex.ids.map((id, index) => [id, index]));
    const describe = (id: string) => {
      const index = entryOf.get(id);
      return index === undefined
        ? undefined
        : { gloss: termIndex.gloss[index]!, pinyin: termIndex.pinyin[index]! };
    };
    let cards: TermCards | null = null;
    const initial = await settings;
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
      describeCard: (id) => {
        const index = entryOf.get(id);
        if (index === undefined) return null;
        cards ??= JSON.parse(cardsJson) as TermCards;
        return {
          zh: termIndex.zh[index]!,
          pinyin: termIndex.pinyin[index]!,
          en: termIndex.en[index]!,
          explanation: cards[index]!,
        };
      },
      annotations: isOnHere(initial),
      display: initial.display,
      startedAt,
      found: { article, preparedAt, articleFoundAt },
    });
    publishSession(session);
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
