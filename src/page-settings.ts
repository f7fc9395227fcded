import { browser } from 'wxt/browser';
import { isInlineDisplay, type InlineDisplay } from './settings-keys';
import { currentIndexJson, TERM_INDEX_KEY } from './term-data';
import { worldSlot } from './world-slot';

// The settings as a page sees them: read and watched by key with the storage API itself. The
// background and the popup own the storage items (src/settings.ts) and their migrations, which
// start reads and writes wherever the items are defined; a page only reads, in one call with the
// term index, and early: the read takes tens of milliseconds while a page loads.

export interface PageSettings {
  annotations: boolean;
  display: InlineDisplay;
  neverOnSites: string[];
}

/** Where src/settings.ts keeps each setting in storage.local. */
const KEYS = {
  annotations: 'annotationsEnabled',
  display: 'inlineDisplay',
  neverOnSites: 'neverOnSites',
} as const;

const annotationsOf = (value: unknown) => (typeof value === 'boolean' ? value : true);
const displayOf = (value: unknown): InlineDisplay => (isInlineDisplay(value) ? value : 'english');
const sitesOf = (value: unknown) =>
  Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string') : [];

/** What an annotator reads from storage: the settings, and the term index if it is this build's. */
export interface PageData {
  settings: PageSettings;
  indexJson: string | null;
}

/** Each setting's value in what storage gave, or its default where nothing valid is stored. */
function settingsOf(stored: Record<string, unknown>): PageSettings {
  return {
    annotations: annotationsOf(stored[KEYS.annotations]),
    display: displayOf(stored[KEYS.display]),
    neverOnSites: sitesOf(stored[KEYS.neverOnSites]),
  };
}

async function readPageSettings(): Promise<PageSettings> {
  return settingsOf(await browser.storage.local.get(Object.values(KEYS)));
}

/** The settings and the term index, in one storage call. */
export async function readPageData(): Promise<PageData> {
  const stored = await browser.storage.local.get([...Object.values(KEYS), TERM_INDEX_KEY]);
  return { settings: settingsOf(stored), indexJson: currentIndexJson(stored[TERM_INDEX_KEY]) };
}

// The read started early (by the eager script when it finds Chinese, or at document_start on the
// news sites), which the annotator takes from here.
const early = worldSlot<Promise<PageData>>('__crossriverPageData');

/** Starts reading the page data for a script of this page that will ask for it later. */
export function readPageDataEarly(): void {
  if (!early.get()) early.set(readPageData());
}

/** The page data read early in this page, or a fresh read; either way the read is used up. */
export function takePageData(): Promise<PageData> {
  return early.take() ?? readPageData();
}

/**
 * Calls `onChange` with all the settings whenever one of them changes, starting from `current`,
 * and once more if a fresh read differs from `current` (read early, it may have gone stale).
 */
export function watchPageSettings(
  current: PageSettings,
  onChange: (settings: PageSettings) => void,
): () => void {
  let settings = current;
  let isWatching = true;
  const update = (next: PageSettings) => {
    if (!isWatching || JSON.stringify(next) === JSON.stringify(settings)) return;
    settings = next;
    onChange(settings);
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const next = { ...settings };
    if (KEYS.annotations in changes) next.annotations = annotationsOf(changes[KEYS.annotations]!.newValue);
    if (KEYS.display in changes) next.display = displayOf(changes[KEYS.display]!.newValue);
    if (KEYS.neverOnSites in changes) next.neverOnSites = sitesOf(changes[KEYS.neverOnSites]!.newValue);
    update(next);
  };
  browser.storage.onChanged.addListener(listener);
  void readPageSettings().then(update, () => undefined);
  return () => {
    isWatching = false;
    browser.storage.onChanged.removeListener(listener);
  };
}
