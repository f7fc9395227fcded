import { render } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { I18nextProvider } from 'react-i18next';
import { browser } from 'wxt/browser';
import { toAnki, toCsv, toMarkdown, type ExportTerm } from './core/export';
import type { Glossary } from './core/glossary';
import { addGlossary, createUiI18n, isLanguage, loadGlossary, type Language } from './i18n-ui';
import { readEagerRecord, stateFromEagerRecord } from './eager-record';
import { sendToTab } from './messaging';
import {
  annotationsEnabled,
  inlineDisplay,
  neverOnSites,
  normalizeHost,
  siteOf,
  uiLanguage,
  type InlineDisplay,
} from './settings';
import {
  Popup,
  type ArticleState,
  type ExportFormat,
  type PopupPageState,
  type PopupSettings,
} from './ui/Popup';
import { fileNameFor, isPending, isUnsupportedUrl, tabIdFromQuery } from './ui/popup-model';

const POLL_MS = 150;
const POLL_LIMIT = 80;

interface Tab {
  id: number;
  url?: string;
  status?: string;
}

async function targetTab(): Promise<Tab | null> {
  const named = tabIdFromQuery(location.search);
  if (named !== null) {
    const tab = await browser.tabs.get(named).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
}

async function readPage(tab: Tab): Promise<PopupPageState> {
  if (isUnsupportedUrl(tab.url)) return { status: 'unsupported' };
  try {
    return (await sendToTab(tab.id, 'getPageState', {})) ?? { status: 'loading' };
  } catch {
    // A page still loading has no content script yet; ask again in a moment.
    const now = await browser.tabs.get(tab.id).catch(() => null);
    if (now?.status === 'loading') return { status: 'loading' };
    // The eager script leaves its finding in the page, and does not listen.
    return stateFromEagerRecord(await readEagerRecord(tab.id));
  }
}

function exportTerms(page: ArticleState, glossary: Glossary): ExportTerm[] {
  return page.terms.flatMap(({ id, count }) => {
    const entry = glossary.byId.get(id);
    if (!entry) return [];
    return [
      {
        zh: entry.zh,
        traditional: entry.traditional[0] ?? entry.zh,
        pinyin: entry.pinyin,
        en: entry.en,
        alternatives: entry.alternatives,
        explanation: entry.explanationEn,
        category: entry.category,
        count,
      },
    ];
  });
}

function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Early {
  tab: Promise<Tab | null>;
  settings: Promise<[boolean, InlineDisplay, Language, string[]]>;
  /** The page's first state, asked for before the glossary is parsed. */
  firstPage: Promise<PopupPageState | null>;
}

/** Starts the browser round trips at once, so they overlap with loading the glossary. */
function startEarly(): Early {
  const tab = targetTab();
  // A popup opened for a named tab asks that tab at once, alongside looking the tab up.
  const named = tabIdFromQuery(location.search);
  const asked = named === null ? null : sendToTab(named, 'getPageState', {}).catch(() => null);
  return {
    tab,
    settings: Promise.all([
      annotationsEnabled.getValue(),
      inlineDisplay.getValue(),
      uiLanguage.getValue(),
      neverOnSites.getValue(),
    ]),
    firstPage: tab.then(async (found) => {
      if (!found) return null;
      const answer = await asked;
      return answer && !isUnsupportedUrl(found.url) ? answer : readPage(found);
    }),
  };
}

/**
 * The whole glossary, loaded as a chunk of its own once the popup's first screen is up: the
 * page's state already names each term's Chinese, pinyin and English, so the popup need not
 * wait for the glossary to show them.
 */
function loadWholeGlossary(i18n: ReturnType<typeof createUiI18n>): Promise<Glossary> {
  return import('./locales').then(({ glossaryFiles }) => {
    addGlossary(i18n, glossaryFiles);
    return loadGlossary(i18n);
  });
}

function App({ early }: { early: Early }) {
  const i18n = useMemo(() => createUiI18n('en'), []);
  const [glossary, setGlossary] = useState<Glossary | null>(null);
  const [glossaryError, setGlossaryError] = useState<string | null>(null);
  const glossaryLoad = useMemo(() => {
    let started: Promise<Glossary> | null = null;
    return () => (started ??= loadWholeGlossary(i18n));
  }, [i18n]);
  const [tab, setTab] = useState<Tab | null | undefined>(undefined);
  const [page, setPage] = useState<PopupPageState>({ status: 'loading' });
  const [settings, setSettings] = useState<PopupSettings | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [poll, setPoll] = useState(0);

  useEffect(() => {
    void early.tab.then(setTab);
    void browser.commands
      ?.getAll()
      .then((commands) =>
        setShortcut(commands.find((command) => command.name === 'toggle-annotations')?.shortcut || null),
      )
      .catch(() => setShortcut(null));
  }, []);

  useEffect(() => {
    if (tab === undefined) return;
    const site = siteOf(tab?.url);
    void early.settings.then(([annotations, display, language, never]) => {
      void i18n.changeLanguage(language);
      setSettings({
        annotations,
        display,
        language,
        site,
        isNeverHere: site !== null && never.includes(site),
      });
    });
  }, [i18n, tab, early]);

  const hasData = page.status !== 'loading';
  useEffect(() => {
    if (!hasData) return;
    // Once the page's data is on screen, so that parsing the glossary never delays it.
    const timer = setTimeout(() => {
      glossaryLoad().then(setGlossary, (error: unknown) =>
        setGlossaryError(error instanceof Error ? error.message : String(error)),
      );
    }, 0);
    return () => clearTimeout(timer);
  }, [glossaryLoad, hasData]);

  useEffect(() => {
    if (tab === undefined) return;
    if (tab === null) return setPage({ status: 'no-tab' });
    let isClosed = false;
    void (async () => {
      for (let attempt = 0; attempt < POLL_LIMIT && !isClosed; attempt++) {
        const first = attempt === 0 && poll === 0 ? await early.firstPage : null;
        const state = first ?? (await readPage(tab));
        if (isClosed) return;
        setPage(state);
        if (!isPending(state)) return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })();
    return () => {
      isClosed = true;
    };
  }, [tab, poll, early]);

  // Marked as soon as the article's data is in the DOM, for the benchmark.
  useLayoutEffect(() => {
    if (page.status === 'article' && performance.getEntriesByName('crossriver:popup-data').length === 0) {
      performance.mark('crossriver:popup-data');
    }
  }, [page]);

  if (!settings || tab === undefined) return <div class="popup-placeholder" />;
  const update = (next: Partial<PopupSettings>) => setSettings({ ...settings, ...next });
  const refresh = () => setPoll((count) => count + 1);
  const article = page.status === 'article' ? page : null;

  return (
    <I18nextProvider i18n={i18n}>
      <Popup
        page={glossaryError ? { status: 'error', message: glossaryError } : page}
        settings={settings}
        glossary={glossary}
        shortcut={shortcut}
        actions={{
          setAnnotations: (isOn) => {
            update({ annotations: isOn });
            void annotationsEnabled.setValue(isOn).then(refresh);
          },
          setDisplay: (display: InlineDisplay) => {
            update({ display });
            void inlineDisplay.setValue(display);
          },
          setNeverHere: (isNever) => {
            if (!settings.site) return;
            const site = normalizeHost(settings.site);
            update({ isNeverHere: isNever });
            void neverOnSites
              .getValue()
              .then((list) =>
                neverOnSites.setValue(
                  isNever ? [...new Set([...list, site])].sort() : list.filter((item) => item !== site),
                ),
              )
              .then(refresh);
          },
          setLanguage: (language: Language) => {
            if (!isLanguage(language)) return;
            update({ language });
            void i18n.changeLanguage(language);
            void uiLanguage.setValue(language);
          },
          annotateWholePage: () => {
            if (!tab) return;
            void sendToTab(tab.id, 'annotateWholePage', {}).then(refresh, refresh);
          },
          scrollToTerm: (id) => {
            if (tab) void sendToTab(tab.id, 'scrollToTerm', { id });
          },
          scrollToSentence: (index) => {
            if (tab) void sendToTab(tab.id, 'scrollToSentence', { index });
          },
          exportGlossary: async (format: ExportFormat) => {
            if (!article) return '';
            const terms = exportTerms(article, await glossaryLoad());
            const about = {
              title: article.title,
              source: article.source,
              date: article.date,
              url: tab?.url ?? null,
            };
            if (format === 'markdown') {
              await navigator.clipboard.writeText(toMarkdown(about, terms));
              return i18n.t('popup.export.copied');
            }
            const name = fileNameFor(article.title, format === 'csv' ? 'csv' : 'txt');
            if (format === 'csv') download(name, toCsv(terms), 'text/csv;charset=utf-8');
            else download(name, toAnki(about, terms), 'text/tab-separated-values;charset=utf-8');
            return i18n.t('popup.export.saved', { file: name });
          },
        }}
      />
    </I18nextProvider>
  );
}

/** Renders the popup into `root`. */
export function mountPopup(root: HTMLElement): void {
  performance.mark('crossriver:popup-start');
  render(<App early={startEarly()} />, root);
}
