import type { Glossary } from '../core/glossary';
import type { Matcher } from '../core/matcher';
import { countTerms } from '../core/summary';
import type { PageState } from '../messaging';
import type { InlineDisplay } from '../settings';
import { annotateTerms, findTerms, type Annotation } from './annotate';
import { findArticle, type Article } from './article/find-article';
import { attachTermCard } from './card';
import { installStyles, type InstalledStyles } from './styles';

export interface PageSessionOptions {
  document: Document;
  url: string | null;
  glossary: Glossary;
  matcher: Matcher;
  annotations: boolean;
  display: InlineDisplay;
}

export interface PageSession {
  readonly article: Article;
  state(): PageState;
  setAnnotations(isOn: boolean): void;
  setDisplay(display: InlineDisplay): void;
  /** Removes everything the session added; the page is left as it was found. */
  destroy(): void;
}

/**
 * Finds the article on the page, counts its terms and, when annotations are on, marks them.
 * Switching annotations off undoes every change exactly; on again re-annotates.
 */
export function startPageSession(options: PageSessionOptions): PageSession {
  const { document: doc, glossary, matcher } = options;
  const article = findArticle(doc, { url: options.url });
  const describe = (id: string) => {
    const entry = glossary.byId.get(id);
    return entry && { gloss: entry.gloss, pinyin: entry.pinyin };
  };
  const terms =
    article.isArticle && article.root
      ? countTerms(findTerms(article.root, { matcher, skip: article.skip })).map(({ id, count }) => ({
          id,
          count,
        }))
      : [];

  let display = options.display;
  let annotation: Annotation | null = null;
  let styles: InstalledStyles | null = null;
  let cardControl: AbortController | null = null;

  function annotate() {
    if (annotation || !article.isArticle || !article.root) return;
    styles = installStyles(doc, display);
    cardControl = new AbortController();
    attachTermCard(
      doc,
      (id) => {
        const entry = glossary.byId.get(id);
        return (
          entry && { zh: entry.zh, pinyin: entry.pinyin, en: entry.en, explanation: entry.explanationEn }
        );
      },
      cardControl.signal,
    );
    annotation = annotateTerms(article.root, { matcher, skip: article.skip, describe });
  }

  function clear() {
    annotation?.undo();
    annotation = null;
    styles?.remove();
    styles = null;
    cardControl?.abort();
    cardControl = null;
  }

  if (options.annotations) annotate();

  return {
    article,
    state(): PageState {
      if (!article.isArticle) return { status: 'not-article', kind: article.kind, title: article.title };
      return {
        status: 'article',
        title: article.title,
        source: article.source,
        date: article.date,
        terms,
        annotated: annotation !== null,
        display,
      };
    },
    setAnnotations(isOn) {
      if (isOn) annotate();
      else clear();
    },
    setDisplay(next) {
      display = next;
      styles?.setDisplay(next);
    },
    destroy: clear,
  };
}
