import type { Matcher } from '../core/matcher';
import { countTerms, findKeySentences, splitSentences, type KeySentence } from '../core/summary';
import type { PageState, PageTimings, TermOccurrences } from '../messaging';
import type { InlineDisplay } from '../settings';
import { startAnnotation, TERM_TAG, type AnnotationJob, type FoundTerm, type TermDisplay } from './annotate';
import { findArticle, type Article } from './article/find-article';
import { attachTermCard, type CardContent } from './card';
import { indexText, revealRange } from './locate';
import { installStyles, type InstalledStyles } from './styles';

export interface PageSessionOptions {
  document: Document;
  url: string | null;
  matcher: Matcher;
  /** The inline gloss and pinyin of an entry. */
  describe(id: string): TermDisplay | undefined;
  /**
   * What the popup lists about an entry before it has the glossary. Without it, a term is
   * listed by its id, gloss and pinyin only.
   */
  summarize?(id: string): Omit<TermOccurrences, 'id' | 'count'> | undefined;
  /** What an entry's card shows; a promise where it has to be fetched. */
  describeCard(id: string): Promise<CardContent | null> | CardContent | null | undefined;
  annotations: boolean;
  display: InlineDisplay;
  /** When the annotator started, for the timings (performance.now()). */
  startedAt?: number;
  /**
   * The article, where the caller found it already (while waiting for the settings), with when
   * it began and finished looking; otherwise the session finds it.
   */
  found?: { article: Article; preparedAt: number; articleFoundAt: number };
}

export interface PageSession {
  state(): PageState;
  timings(): Omit<PageTimings, 'eager' | 'longestBlock' | 'firstBlock'> & { firstSlice: number };
  setAnnotations(isOn: boolean): void;
  setDisplay(display: InlineDisplay): void;
  /** Treats the whole page as the article: for pages that are not articles. */
  annotateWholePage(): void;
  /** Scrolls to the next occurrence of a term (cycling) and flashes it; false if none. */
  scrollToTerm(id: string): boolean;
  /** Scrolls to a key sentence, by its index among the article's sentences; false if gone. */
  scrollToSentence(index: number): boolean;
  /** Resolves when the current annotation (or count) is complete. */
  whenDone(): Promise<void>;
  /** Removes everything the session added; the page is left as it was found. */
  destroy(): void;
}

/** Work in slices of this many milliseconds, so that no task of ours is long. */
const SLICE_MS = 8;
/**
 * The first slice of a job may take longer, still well short of a long task (50 ms): an article
 * of ordinary length is then marked at once, instead of waiting behind the page's own loading
 * work for its next slice.
 */
const FIRST_SLICE_MS = 16;
/**
 * Change at most about this many characters of text per slice: the browser lays out each changed
 * paragraph again before the page can go on, and on a long page that costs far more than our
 * marking (a 5 MB page froze for up to 0.7 s per frame when slices were bounded by time only).
 */
const SLICE_CHARS = 8_000;
/** New content is gathered for this long before it is annotated. */
const SETTLE_MS = 120;
/** Occurrences marked at most, so a huge page stays responsive; the rest are counted. */
export const MARK_LIMIT = 20_000;
/** Key sentences are worked out ahead of the popup's question only for articles this short. */
const PRECOMPUTE_LIMIT = 200_000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Finds the article on the page and counts its terms; when annotations are on, marks them, in
 * slices of a few milliseconds. Content the page adds later inside the article is marked too.
 * Switching annotations off undoes every change exactly and stops watching the page.
 */
export function startPageSession(options: PageSessionOptions): PageSession {
  const { document: doc, matcher, describe } = options;
  const preparedAt = options.found?.preparedAt ?? performance.now();
  const startedAt = options.startedAt ?? preparedAt;
  let article = options.found?.article ?? findArticle(doc, { url: options.url });
  const articleFoundAt = options.found?.articleFoundAt ?? performance.now();

  let isOn = options.annotations;
  let display = options.display;
  let job: AnnotationJob | null = null;
  let found: FoundTerm[] = [];
  let styles: InstalledStyles | null = null;
  let flashStyles: InstalledStyles | null = null;
  let cardControl: AbortController | null = null;
  let observer: MutationObserver | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let doneAt: number | null = null;
  let isWholePage = false;
  let sentences: string[] | null = null;
  let keySentences: KeySentence[] | null = null;
  let characters: number | null = null;
  const visits = new Map<string, number>();
  let slices = 0;
  let longestSlice = 0;
  let firstSlice = 0;

  const root = () => (article.isArticle ? article.root : null);

  function articleSentences(): string[] {
    sentences ??= splitSentences(article.text);
    return sentences;
  }

  function computeKeySentences(): KeySentence[] {
    keySentences ??= findKeySentences(articleSentences(), (text) => matcher.findAll(text));
    return keySentences;
  }

  /** Scrolls to the `nth` place where `find` matches in the article's text, if any. */
  function reveal(find: (text: string) => { start: number; end: number }[], nth: number): boolean {
    const target = root();
    if (!target) return false;
    const index = indexText(target, article.skip);
    const places = find(index.text);
    if (places.length === 0) return false;
    const place = places[nth % places.length]!;
    const range = index.rangeOf(place.start, place.end);
    if (!range) return false;
    if (!styles) flashStyles ??= installStyles(doc, 'underline', { termRules: false });
    revealRange(range);
    return true;
  }

  function run(current: AnnotationJob, firstSliceMs = SLICE_MS): Promise<void> {
    const work = async () => {
      for (let slice = 0; job === current; slice++) {
        const sliceStart = performance.now();
        const budget = slice === 0 ? firstSliceMs : SLICE_MS;
        const isDone = current.step(sliceStart + budget, undefined, SLICE_CHARS);
        // Our own changes are not news: drop their records before the observer sees them.
        observer?.takeRecords();
        const spent = performance.now() - sliceStart;
        if (slices === 0) firstSlice = spent;
        slices++;
        longestSlice = Math.max(longestSlice, spent);
        if (isDone) {
          doneAt ??= performance.now();
          // Ready before the popup asks, which it does the moment it opens; on a huge page the
          // popup's own question pays for it instead of an unasked long task.
          if (!isWholePage && article.text.length < PRECOMPUTE_LIMIT) setTimeout(computeKeySentences, 0);
          return;
        }
        await yieldToPage();
      }
    };
    running = running.then(work);
    return running;
  }

  function watch(target: Element) {
    const view = doc.defaultView;
    if (!view || observer) return;
    observer = new view.MutationObserver((records) => {
      const current = job;
      if (!current) return;
      let isQueued = false;
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && (node as Element).tagName.toLowerCase() === TERM_TAG) continue;
          if ((node.parentNode as Element | null)?.closest?.(TERM_TAG)) continue;
          current.add(node);
          isQueued = true;
        }
      }
      if (isQueued && settleTimer === null) {
        settleTimer = setTimeout(() => {
          settleTimer = null;
          if (job === current) void run(current);
        }, SETTLE_MS);
      }
    });
    observer.observe(target, { childList: true, subtree: true });
  }

  /** Marks the article's terms, or with `isMarking` false only counts them. */
  function begin(isMarking: boolean) {
    const target = root();
    if (!target) return;
    if (isMarking) {
      styles ??= installStyles(doc, display);
      if (!cardControl) {
        cardControl = new AbortController();
        attachTermCard(doc, options.describeCard, cardControl.signal);
      }
    }
    const marking = isMarking ? { describe, limit: MARK_LIMIT } : {};
    job = startAnnotation(target, { matcher, skip: article.skip, ...marking });
    found = job.found;
    if (isMarking) watch(target);
    void run(job, FIRST_SLICE_MS);
  }

  function clear() {
    observer?.disconnect();
    observer = null;
    if (settleTimer !== null) clearTimeout(settleTimer);
    settleTimer = null;
    const previous = job;
    job = null;
    previous?.undo();
    styles?.remove();
    styles = null;
    flashStyles?.remove();
    flashStyles = null;
    cardControl?.abort();
    cardControl = null;
  }

  begin(isOn);

  return {
    state(): PageState {
      if (!article.isArticle) return { status: 'not-article', kind: article.kind, title: article.title };
      return {
        status: 'article',
        isWholePage,
        title: article.title,
        source: article.source,
        author: article.author,
        date: article.date,
        characters: (characters ??= article.text.replace(/\s+/g, '').length),
        keySentences: isWholePage ? [] : computeKeySentences(),
        terms: countTerms(found).flatMap(({ id, count: occurrences }) => {
          const display = describe(id);
          const about = options.summarize
            ? options.summarize(id)
            : display && {
                zh: id,
                pinyin: display.pinyin,
                en: display.gloss,
                gloss: display.gloss,
                category: '',
              };
          return about ? [{ id, count: occurrences, ...about }] : [];
        }),
        annotated: isOn && job !== null,
        isComplete: job === null || job.isDone,
        unmarked: job?.unmarked ?? 0,
        display,
      };
    },
    timings() {
      return {
        annotatorStart: startedAt,
        prepared: preparedAt,
        articleFound: articleFoundAt,
        done: doneAt,
        slices,
        longestSlice,
        firstSlice,
      };
    },
    setAnnotations(next) {
      if (next === isOn) return;
      isOn = next;
      clear();
      if (isOn) begin(true);
    },
    setDisplay(next) {
      display = next;
      styles?.setDisplay(next);
    },
    annotateWholePage() {
      if (article.isArticle || !doc.body) return;
      const text = doc.body.innerText ?? doc.body.textContent ?? '';
      article = { ...article, isArticle: true, kind: 'article', root: doc.body, skip: [], text };
      isWholePage = true;
      sentences = null;
      keySentences = null;
      characters = null;
      clear();
      begin(isOn);
    },
    scrollToTerm(id) {
      const nth = visits.get(id) ?? 0;
      visits.set(id, nth + 1);
      return reveal((text) => matcher.findAll(text).filter((match) => match.id === id), nth);
    },
    scrollToSentence(index) {
      const sentence = articleSentences()[index];
      if (!sentence) return false;
      return reveal((text) => {
        // The page's text has no line breaks between paragraphs; find the sentence as written.
        const at = text.indexOf(sentence);
        return at < 0 ? [] : [{ start: at, end: at + sentence.length }];
      }, 0);
    },
    whenDone: () => running,
    destroy: clear,
  };
}
