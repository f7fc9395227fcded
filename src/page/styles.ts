import type { InlineDisplay } from '../settings';
import { TERM_ATTRIBUTE, TERM_TAG } from './annotate';
import { FLASH_CSS } from './locate';

// Two id selectors that match nothing raise the rules' specificity above the page's own rules
// for unknown elements (a page that hides or restyles every element it does not know).
const term = `${TERM_TAG}[${TERM_ATTRIBUTE}]:not(#cr-never-a):not(#cr-never-b)`;

/**
 * The page stylesheet for annotations. The gloss is CSS generated content, so it adds nothing
 * to the page's text: selecting and copying the article still yields the original Chinese.
 * Colours derive from the page's own text colour, so they read on light and dark pages alike.
 */
export function annotationCss(display: InlineDisplay, termRules = true): string {
  if (!termRules) return FLASH_CSS;
  const content =
    display === 'english'
      ? 'attr(data-cr-gloss)'
      : display === 'pinyin'
        ? 'attr(data-cr-pinyin)'
        : display === 'both'
          ? 'attr(data-cr-pinyin) " · " attr(data-cr-gloss)'
          : null;
  return `
${FLASH_CSS}
${term} {
  display: inline !important;
  position: static !important;
  visibility: visible !important;
  opacity: 1 !important;
  font: inherit !important;
  color: inherit !important;
  background: color-mix(in srgb, currentColor 6%, transparent) !important;
  border: 0 !important;
  border-bottom: 1px dotted color-mix(in srgb, currentColor 55%, transparent) !important;
  border-radius: 2px !important;
  margin: 0 !important;
  padding: 0 !important;
  cursor: help !important;
  text-indent: 0 !important;
}
${term}:focus-visible {
  outline: 2px solid color-mix(in srgb, currentColor 70%, transparent) !important;
  outline-offset: 1px !important;
}
${term}::before { content: none !important; }
${term}[data-cr-gloss]::after {
  ${content ? `content: ${content} !important;` : 'content: none !important;'}
  display: inline !important;
  margin: 0 0.25em 0 0.2em !important;
  padding: 0 0.3em !important;
  font: 600 0.68em/1.4 system-ui, -apple-system, "Segoe UI", sans-serif !important;
  font-style: normal !important;
  letter-spacing: 0 !important;
  text-indent: 0 !important;
  vertical-align: 0.15em !important;
  white-space: normal !important;
  color: inherit !important;
  opacity: 0.78 !important;
  background: color-mix(in srgb, currentColor 9%, transparent) !important;
  border-radius: 3px !important;
  user-select: none !important;
  -webkit-user-select: none !important;
}
`;
}

export interface InstalledStyles {
  setDisplay(display: InlineDisplay): void;
  remove(): void;
}

/**
 * Adds the annotation stylesheet to the document: as an adopted stylesheet where the browser
 * allows it (no node added to the page), else as a <style> element on the root element.
 */
export function installStyles(
  doc: Document,
  display: InlineDisplay,
  options: { termRules?: boolean } = {},
): InstalledStyles {
  const css = (mode: InlineDisplay) => annotationCss(mode, options.termRules ?? true);
  const view = doc.defaultView;
  try {
    if (!view || !('adoptedStyleSheets' in doc)) throw new Error('no constructable stylesheets');
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css(display));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      setDisplay: (next) => sheet.replaceSync(css(next)),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((item) => item !== sheet);
      },
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css(display);
    doc.documentElement.append(style);
    return {
      setDisplay: (next) => {
        style.textContent = css(next);
      },
      remove: () => style.remove(),
    };
  }
}
