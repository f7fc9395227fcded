// The bundled UI strings, apart from the glossary so that the popup can show itself before
// the glossary has loaded.
import uiEn from '../locales/en/ui.json';
import uiZh from '../locales/zh-CN/ui.json';

export type UiStrings = typeof uiEn;

export const uiFiles: Record<'en' | 'zh-CN', UiStrings> = { en: uiEn, 'zh-CN': uiZh };
