import { createInstance, type i18n } from 'i18next';
import {
  CATEGORIES,
  createGlossary,
  glossaryNamespace,
  type Category,
  type EnRecord,
  type Glossary,
  type ZhRecord,
} from './core/glossary';
import { uiFiles } from './locales-ui';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

export type GlossaryFiles = Record<Category, { en: Record<string, EnRecord>; zh: Record<string, ZhRecord> }>;

/**
 * An i18next instance over the bundled UI strings (`ui` namespace) in both languages,
 * initialised synchronously. Without the glossary: the popup adds it with addGlossary once its
 * first screen is up; everything else uses createI18n (src/i18n.ts).
 */
export function createUiI18n(lng: Language = 'en'): i18n {
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: ['ui'],
    defaultNS: 'ui',
    resources: { en: { ui: uiFiles.en }, 'zh-CN': { ui: uiFiles['zh-CN'] } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Adds one `glossary-<category>` namespace per category, in both languages. */
export function addGlossary(instance: i18n, files: GlossaryFiles): void {
  for (const category of CATEGORIES) {
    const ns = glossaryNamespace(category);
    instance.addResourceBundle('en', ns, files[category].en);
    instance.addResourceBundle('zh-CN', ns, files[category].zh);
  }
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
