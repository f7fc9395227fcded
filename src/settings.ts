import { storage } from 'wxt/utils/storage';
import type { Language } from './i18n';

/** What is shown inline next to an annotated term. */
export type InlineDisplay = 'english' | 'pinyin' | 'both' | 'underline';

/** Whether Crossriver marks terms on pages; off leaves every page exactly as it was. */
export const annotationsEnabled = storage.defineItem<boolean>('local:annotationsEnabled', {
  fallback: true,
  version: 1,
});

/** The inline display; the popup's "English" switch toggles between 'english' and 'underline'. */
export const inlineDisplay = storage.defineItem<InlineDisplay>('local:inlineDisplay', {
  fallback: 'english',
  version: 1,
});

/** The language of the popup. */
export const uiLanguage = storage.defineItem<Language>('local:uiLanguage', {
  fallback: 'en',
  version: 1,
});
