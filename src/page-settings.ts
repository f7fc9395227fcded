import { storage } from 'wxt/utils/storage';
import { isInlineDisplay, type InlineDisplay } from './settings-keys';

// The settings as a page sees them: read and watched by key, without defining the storage
// items, whose definitions start migrations (reads and writes) wherever they are imported. The
// background and the popup own the items and their migrations; a page only reads, in one go.

export interface PageSettings {
  annotations: boolean;
  display: InlineDisplay;
  neverOnSites: string[];
}

const KEYS = {
  annotations: 'local:annotationsEnabled',
  display: 'local:inlineDisplay',
  neverOnSites: 'local:neverOnSites',
} as const;

const annotationsOf = (value: unknown) => (typeof value === 'boolean' ? value : true);
const displayOf = (value: unknown): InlineDisplay => (isInlineDisplay(value) ? value : 'english');
const sitesOf = (value: unknown) =>
  Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string') : [];

/** Each setting's value, or its default where nothing valid is stored. */
export async function readPageSettings(): Promise<PageSettings> {
  const [annotations, display, never] = await storage.getItems([
    KEYS.annotations,
    KEYS.display,
    KEYS.neverOnSites,
  ]);
  return {
    annotations: annotationsOf(annotations?.value),
    display: displayOf(display?.value),
    neverOnSites: sitesOf(never?.value),
  };
}

/** Calls `onChange` with all the settings whenever one of them changes, starting from `current`. */
export function watchPageSettings(
  current: PageSettings,
  onChange: (settings: PageSettings) => void,
): () => void {
  let settings = current;
  const update = (next: Partial<PageSettings>) => {
    settings = { ...settings, ...next };
    onChange(settings);
  };
  const unwatch = [
    storage.watch(KEYS.annotations, (value) => update({ annotations: annotationsOf(value) })),
    storage.watch(KEYS.display, (value) => update({ display: displayOf(value) })),
    storage.watch(KEYS.neverOnSites, (value) => update({ neverOnSites: sitesOf(value) })),
  ];
  return () => unwatch.forEach((stop) => stop());
}
