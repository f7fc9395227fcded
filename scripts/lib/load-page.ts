import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { decodeHtml } from '../../src/core/decode';

export interface LoadedPage {
  html: string;
  encoding: string;
  document: Document;
  /** The page's URL: the one given, else its canonical link or og:url, else null. */
  url: string | null;
  close(): Promise<void>;
}

/** Parses HTML into a happy-dom document without running its scripts or loading anything. */
export function parsePage(html: string, url: string | null = null): Omit<LoadedPage, 'encoding'> {
  const window = new Window({
    url: url ?? 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const named =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  return {
    html,
    document,
    url: url ?? (named && /^https?:\/\//.test(named) ? named : null),
    close: () => window.happyDOM.close(),
  };
}

/** Reads a saved page from disk, decoding its bytes (see decodeHtml); throws with the reason. */
export function loadPage(path: string, url: string | null = null): LoadedPage {
  const { html, encoding } = decodeHtml(readFileSync(path));
  return { ...parsePage(html, url), encoding };
}
