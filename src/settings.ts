import { storage } from 'wxt/utils/storage';
import type { Language } from './i18n-ui';
import { isInlineDisplay, normalizeHost, type InlineDisplay } from './settings-keys';

export { INLINE_DISPLAYS, isInlineDisplay, normalizeHost, siteOf, type InlineDisplay } from './settings-keys';

/**
 * The migrations of each setting, by the version they produce. Each takes whatever an older
 * version stored and returns a valid value of the new one; each has a before/after test.
 */
export const migrations = {
  inlineDisplay: {
    // Version 1 stored any string; development builds wrote 'none' and 'gloss'. Version 2 keeps
    // the four known modes, reads 'gloss' as 'english' and 'none' as 'underline', and resets
    // anything else to the default rather than fail.
    2: (old: unknown): InlineDisplay =>
      isInlineDisplay(old) ? old : old === 'gloss' ? 'english' : old === 'none' ? 'underline' : 'english',
  },
  neverOnSites: {
    // Version 1 kept hosts as typed; version 2 keeps them lower-case, without "www.", sorted and
    // unique, so "never on this site" matches however the site was first visited.
    2: (old: unknown): string[] =>
      Array.isArray(old)
        ? [...new Set(old.filter((host): host is string => typeof host === 'string').map(normalizeHost))]
            .filter(Boolean)
            .sort()
        : [],
  },
};

/** Whether Crossriver marks terms on pages; off leaves every page exactly as it was. */
export const annotationsEnabled = storage.defineItem<boolean>('local:annotationsEnabled', {
  fallback: true,
  version: 1,
});

/** The inline display: English gloss, pinyin, both, or an underline only. */
export const inlineDisplay = storage.defineItem<InlineDisplay>('local:inlineDisplay', {
  fallback: 'english',
  version: 2,
  migrations: migrations.inlineDisplay,
});

/** Sites (normalised hosts) where Crossriver never annotates. */
export const neverOnSites = storage.defineItem<string[]>('local:neverOnSites', {
  fallback: [],
  version: 2,
  migrations: migrations.neverOnSites,
});

/** The language of the popup. */
export const uiLanguage = storage.defineItem<Language>('local:uiLanguage', {
  fallback: 'en',
  version: 1,
});
