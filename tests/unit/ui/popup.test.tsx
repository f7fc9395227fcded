// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n, loadGlossary, type Language } from '../../../src/i18n';
import { Popup, type PopupActions, type PopupPageState, type PopupSettings } from '../../../src/ui/Popup';

const glossary = loadGlossary(createI18n('en'));
const settings: PopupSettings = {
  annotations: true,
  display: 'english',
  language: 'en',
  site: '163.com',
  isNeverHere: false,
};

function fakeActions(): PopupActions {
  return {
    setAnnotations: vi.fn(),
    setDisplay: vi.fn(),
    setNeverHere: vi.fn(),
    setLanguage: vi.fn(),
    annotateWholePage: vi.fn(),
    scrollToTerm: vi.fn(),
    scrollToSentence: vi.fn(),
    exportGlossary: vi.fn(async () => 'done'),
  };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('div');
  document.body.append(root);
});

function show(
  page: PopupPageState,
  actions = fakeActions(),
  language: Language = 'en',
  shortcut: string | null = null,
  withGlossary: typeof glossary | null = glossary,
) {
  const i18n = createI18n(language);
  act(() => {
    render(
      <I18nextProvider i18n={i18n}>
        <Popup
          page={page}
          settings={{ ...settings, language }}
          glossary={withGlossary}
          actions={actions}
          shortcut={shortcut}
        />
      </I18nextProvider>,
      root,
    );
  });
  return actions;
}

const byRole = (role: string, name: string) =>
  [...root.querySelectorAll(`[role="${role}"], ${role === 'button' ? 'button' : role}`)].find(
    (node) => (node.getAttribute('aria-label') ?? node.textContent ?? '').trim() === name,
  ) as HTMLElement | undefined;

const article: PopupPageState = {
  status: 'article',
  isWholePage: false,
  title: '跨江融合的新样板',
  source: '新华日报',
  author: null,
  date: '2020-09-28',
  characters: 1200,
  keySentences: [
    { index: 4, text: '推动跨江融合发展。', terms: [{ start: 2, end: 8, id: 'cross-river-integration' }] },
  ],
  terms: ['cross-river-integration', 'projects-are-king'].map((id, index) => {
    const entry = glossary.byId.get(id)!;
    const { zh, pinyin, en, gloss, category } = entry;
    return { id, count: index === 0 ? 3 : 1, zh, pinyin, en, gloss, category };
  }),
  annotated: true,
  isComplete: true,
  unmarked: 0,
  display: 'english',
};

describe('the popup component', () => {
  it.each([
    [{ status: 'loading' }, 'Reading the page…'],
    [{ status: 'no-chinese' }, 'This page has no Chinese text, so there is nothing to annotate.'],
    [{ status: 'unsupported' }, 'The browser does not let extensions read this page.'],
    [{ status: 'no-tab' }, 'There is no page to read in this window.'],
    [
      { status: 'error', message: 'the glossary is broken' },
      'Crossriver could not read this page: the glossary is broken',
    ],
  ] as [PopupPageState, string][])('says what it can for %j', (page, sentence) => {
    show(page);
    expect(root.textContent).toContain(sentence);
  });

  it('offers to annotate a page that is not an article', () => {
    const actions = show({ status: 'not-article', kind: 'list', title: '国内新闻' });
    expect(root.textContent).toContain('it looks like a list page');
    byRole('button', 'Annotate the whole page')!.click();
    expect(actions.annotateWholePage).toHaveBeenCalledOnce();
  });

  it('shows the article, scrolls to a term and a sentence, and exports', async () => {
    const actions = show(article);
    expect(root.querySelector('h1')!.textContent).toBe('跨江融合的新样板');
    expect(root.textContent).toContain('2 distinct key terms, 4 occurrences in all.');
    byRole('button', 'Show 跨江融合 in the page')!.click();
    expect(actions.scrollToTerm).toHaveBeenCalledWith('cross-river-integration');
    (root.querySelector('.sentences a') as HTMLElement).click();
    expect(actions.scrollToSentence).toHaveBeenCalledWith(4);
    await act(async () => byRole('button', 'Download for Anki')!.click());
    expect(actions.exportGlossary).toHaveBeenCalledWith('anki');
    expect(root.querySelector('[role="status"].announce')!.textContent).toBe('done');
  });

  it('lists the terms before the glossary has loaded, and shows details once it has', () => {
    show(article, fakeActions(), 'en', null, null);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    act(() => byRole('button', 'Details of 跨江融合')!.click());
    expect(root.querySelector('tr.details')!.textContent).toBe('Reading the page…');
    show(article);
    expect(root.querySelector('tr.details')!.textContent).toContain(
      glossary.byId.get('cross-river-integration')!.explanationEn,
    );
  });

  it('maps the English and Pinyin switches onto the four inline displays', () => {
    const actions = show(article);
    byRole('switch', 'Pinyin')!.click();
    expect(actions.setDisplay).toHaveBeenLastCalledWith('both');
    byRole('switch', 'English')!.click();
    expect(actions.setDisplay).toHaveBeenLastCalledWith('underline');
    byRole('switch', 'Annotations')!.click();
    expect(actions.setAnnotations).toHaveBeenLastCalledWith(false);
  });

  it('speaks Chinese when asked, and shows the shortcut', () => {
    show(article, fakeActions(), 'zh-CN', 'Alt+Shift+A');
    expect(root.textContent).toContain('词表');
    expect(root.textContent).toContain('快捷键 Alt+Shift+A 可开关标注');
    expect(byRole('switch', '标注')).toBeDefined();
  });
});
