import { createInstance, type i18n } from 'i18next';
import {
  CATEGORIES,
  createGlossary,
  glossaryNamespace,
  type EnRecord,
  type Glossary,
  type ZhRecord,
} from './core/glossary';
import { glossaryFiles, uiFiles } from './locales';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * An i18next instance over every bundled locale file: the `ui` namespace and one
 * `glossary-<category>` namespace per category, in both languages. Initialised synchronously,
 * since every resource is bundled.
 */
export function createI18n(lng: Language = 'en'): i18n {
  const resources: Record<Language, Record<string, object>> = { en: {}, 'zh-CN': {} };
  for (const language of LANGUAGES) {
    resources[language].ui = uiFiles[language];
    for (const category of CATEGORIES) {
      const side = glossaryFiles[category];
      resources[language][glossaryNamespace(category)] = language === 'en' ? side.en : side.zh;
    }
  }
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: ['ui', ...CATEGORIES.map(glossaryNamespace)],
    defaultNS: 'ui',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Reads the glossary out of an i18next instance's bundles; throws GlossaryError on bad data. */
export function loadGlossary(instance: i18n): Glossary {
  return createGlossary(
    CATEGORIES.map((category) => {
      const ns = glossaryNamespace(category);
      return {
        category,
        en: (instance.getResourceBundle('en', ns) ?? {}) as Record<string, EnRecord>,
        zh: (instance.getResourceBundle('zh-CN', ns) ?? {}) as Record<string, ZhRecord>,
      };
    }),
  );
}
