import { browser } from 'wxt/browser';
import type { KeySentence } from './core/summary';
import type { InlineDisplay } from './settings';

/** A term found on the page: enough to list and summarise it before the glossary is loaded. */
export interface TermOccurrences {
  id: string;
  count: number;
  zh: string;
  pinyin: string;
  en: string;
  gloss: string;
  category: string;
}

/** What a term's card shows. */
export interface TermCardContent {
  zh: string;
  pinyin: string;
  en: string;
  explanation: string;
}

/** What the content script knows about its page, as the popup shows it. */
export type PageState =
  | { status: 'loading' }
  | { status: 'no-chinese' }
  | { status: 'not-article'; kind: string; title: string | null }
  | {
      status: 'article';
      /** True when the page is not an article and the reader asked to annotate it whole. */
      isWholePage: boolean;
      title: string | null;
      source: string | null;
      author: string | null;
      date: string | null;
      /** Characters of the article body. */
      characters: number;
      /** The sentences carrying the most distinct terms, in article order. */
      keySentences: KeySentence[];
      /** Terms found in the article, in order of first appearance. */
      terms: TermOccurrences[];
      annotated: boolean;
      /** False while the page is still being worked through. */
      isComplete: boolean;
      /** Occurrences past the cap for huge pages, found but left unmarked. */
      unmarked: number;
      display: InlineDisplay;
    }
  | { status: 'error'; message: string };

/** When the content scripts did their work, in the page's performance.now() milliseconds. */
export interface PageTimings {
  /** The eager script's start and own time; null where the annotator is declared for the site. */
  eager: { start: number; ms: number } | null;
  annotatorStart: number | null;
  /** The matcher built and the settings read. */
  prepared: number | null;
  articleFound: number | null;
  done: number | null;
  /** Slices of work the annotator did, and the longest one in milliseconds. */
  slices: number;
  longestSlice: number;
  /**
   * The longest the annotator held the main thread at one go: each of its steps before marking
   * (the first from its bundle's first statement), the session's start together with its first
   * slice, and every slice after.
   */
  longestBlock: number;
  /**
   * The first of those steps, from the bundle's first statement. The browser compiles the bundle
   * in the same task, just before; benchmarks add that time, which no script can measure itself.
   */
  firstBlock: number;
}

/** Every message: its name, what it carries and what it answers. */
export interface ProtocolMap {
  /** Popup -> content script: the page's state. */
  getPageState(params: Record<string, never>): PageState;
  /** Popup -> content script: annotate the whole page, which is not an article. */
  annotateWholePage(params: Record<string, never>): PageState;
  /** Popup -> content script: scroll to the next occurrence of a term and flash it. */
  scrollToTerm(params: { id: string }): boolean;
  /** Popup -> content script: scroll to a key sentence (its index) and flash it. */
  scrollToSentence(params: { index: number }): boolean;
  /** Benchmarks -> content script: when each step happened. */
  getPageTimings(params: Record<string, never>): PageTimings;
  /**
   * Annotator -> background: the term index (JSON), stored for the pages first when storage did
   * not hold this build's copy.
   */
  loadTermIndex(params: Record<string, never>): string;
  /** Annotator -> background: the explanation on a term's card, or null for an unknown id. */
  termCard(params: { id: string }): string | null;
  /** Eager content script -> background: this tab has Chinese; inject the annotator. */
  activatePage(params: Record<string, never>): { injected: boolean; error?: string };
}

export type MessageName = keyof ProtocolMap;
export type MessageParams<N extends MessageName> = Parameters<ProtocolMap[N]>[0];
export type MessageResult<N extends MessageName> = ReturnType<ProtocolMap[N]>;

export interface Envelope<N extends MessageName = MessageName> {
  crossriver: 1;
  name: N;
  params: MessageParams<N>;
}

function envelope<N extends MessageName>(name: N, params: MessageParams<N>): Envelope<N> {
  return { crossriver: 1, name, params };
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { crossriver?: unknown }).crossriver === 1 &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

/** Sends a message to the content scripts of one tab (top frame). */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  params: MessageParams<N>,
): Promise<MessageResult<N>> {
  return (await browser.tabs.sendMessage(tabId, envelope(name, params), { frameId: 0 })) as MessageResult<N>;
}

/** Sends a message to the background. */
export async function sendToBackground<N extends MessageName>(
  name: N,
  params: MessageParams<N>,
): Promise<MessageResult<N>> {
  return (await browser.runtime.sendMessage(envelope(name, params))) as MessageResult<N>;
}

export type Handlers = {
  [N in MessageName]?: (
    params: MessageParams<N>,
    sender: Sender,
  ) => MessageResult<N> | Promise<MessageResult<N>>;
};

export interface Sender {
  tabId?: number;
  frameId?: number;
  /** True when the message comes from this extension itself. */
  isOwn: boolean;
}

/**
 * Listens for protocol messages and answers those with a handler. Messages from other
 * extensions, and anything that is not one of ours, are ignored. Returns the unsubscribe.
 */
export function onMessages(handlers: Handlers): () => void {
  const listener = (
    message: unknown,
    sender: { id?: string; tab?: { id?: number }; frameId?: number },
    sendResponse: (response: unknown) => void,
  ): true | undefined => {
    if (!isEnvelope(message) || sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[message.name] as ((params: unknown, sender: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    // sendResponse with `return true` works in every browser; a returned promise does not yet.
    Promise.resolve()
      .then(() => handler(message.params, { tabId: sender.tab?.id, frameId: sender.frameId, isOwn: true }))
      .then(sendResponse, (error: unknown) =>
        sendResponse({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
