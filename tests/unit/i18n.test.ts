import { describe, expect, it } from 'vitest';
import { CATEGORIES, glossaryNamespace } from '../../src/core/glossary';
import { createI18n, LANGUAGES, loadGlossary } from '../../src/i18n';
import { uiFiles } from '../../src/locales-ui';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keysOf(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the bundled locale files through i18next', () => {
  it('have the same UI keys in English and Chinese', () => {
    expect(keysOf(uiFiles['zh-CN']).sort()).toEqual(keysOf(uiFiles.en).sort());
  });

  it.each(LANGUAGES)('translate the popup in %s', (language) => {
    const i18n = createI18n(language);
    expect(i18n.t('popup.toggles.annotations')).toBe(uiFiles[language].popup.toggles.annotations);
    expect(i18n.t('popup.summary.termCount', { count: 3, total: 7 })).toMatch(/3.*7/);
  });

  it('load every glossary namespace in both languages, with the same ids', () => {
    const i18n = createI18n('en');
    for (const category of CATEGORIES) {
      const en = i18n.getResourceBundle('en', glossaryNamespace(category)) as object;
      const zh = i18n.getResourceBundle('zh-CN', glossaryNamespace(category)) as object;
      expect(Object.keys(zh).sort(), category).toEqual(Object.keys(en).sort());
    }
  });

  it('give a glossary with the entries of every category', () => {
    const glossary = loadGlossary(createI18n('en'));
    expect(glossary.entries.length).toBeGreaterThanOrEqual(50);
    expect(glossary.byId.get('cross-river-integration')?.zh).toBe('跨江融合');
  });
});
