import type { PopupPageState } from './Popup';

// Schemes and hosts where the browser runs no extension content script.
const UNSUPPORTED =
  /^(chrome|edge|about|view-source|devtools|chrome-extension|moz-extension|chrome-search|brave):/;
const STORES =
  /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/;

/** True when the browser forbids content scripts on `url`. */
export function isUnsupportedUrl(url: string | undefined): boolean {
  return url !== undefined && (UNSUPPORTED.test(url) || STORES.test(url));
}

/** The tab named by `?tabId=N`, or null when the query does not name one. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** True while the popup should ask the page again: loading, or still working through it. */
export function isPending(state: PopupPageState): boolean {
  return state.status === 'loading' || (state.status === 'article' && !state.isComplete);
}

/** A file name for an exported glossary: the article's title without characters files refuse. */
export function fileNameFor(title: string | null, extension: string): string {
  const base = [...(title ?? '')]
    .map((char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return `${base ? `${base} ` : ''}glossary.${extension}`.replace(/^ /, '');
}
