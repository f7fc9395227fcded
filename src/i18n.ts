import type { i18n } from 'i18next';
import { addGlossary, createUiI18n, type Language } from './i18n-ui';
import { glossaryFiles } from './locales';

export * from './i18n-ui';

/** An i18next instance over every bundled locale file: UI strings and the whole glossary. */
export function createI18n(lng: Language = 'en'): i18n {
  const instance = createUiI18n(lng);
  addGlossary(instance, glossaryFiles);
  return instance;
}
