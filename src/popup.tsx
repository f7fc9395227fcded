import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nextProvider } from 'react-i18next';
import { browser } from 'wxt/browser';
import { createI18n, isLanguage, loadGlossary, type Language } from './i18n';
import { sendToTab } from './messaging';
import { annotationsEnabled, inlineDisplay, uiLanguage } from './settings';
import { Popup, type PopupPageState, type PopupSettings } from './ui/Popup';
import { isPending, isUnsupportedUrl, tabIdFromQuery } from './ui/popup-model';

const POLL_MS = 150;
const POLL_LIMIT = 60;

async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const named = tabIdFromQuery(location.search);
  if (named !== null) {
    const tab = await browser.tabs.get(named).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

async function readPage(tab: { id: number; url?: string }): Promise<PopupPageState> {
  if (isUnsupportedUrl(tab.url)) return { status: 'unsupported' };
  try {
    return (await sendToTab(tab.id, 'getPageState', {})) ?? { status: 'loading' };
  } catch {
    // No content script answers: the page forbids extensions, or it was opened before
    // Crossriver was installed and has not been reloaded since.
    return { status: 'unsupported' };
  }
}

function App() {
  const i18n = useMemo(() => createI18n('en'), []);
  const loaded = useMemo(() => {
    try {
      return { glossary: loadGlossary(i18n), error: null };
    } catch (error) {
      return { glossary: { entries: [], byId: new Map() }, error: (error as Error).message };
    }
  }, [i18n]);
  const [page, setPage] = useState<PopupPageState>({ status: 'loading' });
  const [settings, setSettings] = useState<PopupSettings | null>(null);

  useEffect(() => {
    void Promise.all([annotationsEnabled.getValue(), inlineDisplay.getValue(), uiLanguage.getValue()]).then(
      ([annotations, display, language]) => {
        void i18n.changeLanguage(language);
        setSettings({ annotations, display, language });
      },
    );
  }, [i18n]);

  useEffect(() => {
    let isClosed = false;
    if (loaded.error) {
      setPage({ status: 'error', message: loaded.error });
      return;
    }
    void (async () => {
      const tab = await targetTab();
      if (!tab) return setPage({ status: 'no-tab' });
      for (let attempt = 0; attempt < POLL_LIMIT && !isClosed; attempt++) {
        const state = await readPage(tab);
        if (isClosed) return;
        setPage(state);
        if (!isPending(state)) return;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })();
    return () => {
      isClosed = true;
    };
  }, [loaded]);

  if (!settings) return null;
  const update = (next: Partial<PopupSettings>) => setSettings({ ...settings, ...next });
  return (
    <I18nextProvider i18n={i18n}>
      <Popup
        page={page}
        settings={settings}
        glossary={loaded.glossary}
        actions={{
          setAnnotations: (isOn) => {
            update({ annotations: isOn });
            void annotationsEnabled.setValue(isOn);
          },
          setEnglish: (isOn) => {
            const display = isOn ? 'english' : 'underline';
            update({ display });
            void inlineDisplay.setValue(display);
          },
          setLanguage: (language: Language) => {
            if (!isLanguage(language)) return;
            update({ language });
            void i18n.changeLanguage(language);
            void uiLanguage.setValue(language);
          },
        }}
      />
    </I18nextProvider>
  );
}

/** Renders the popup into `root`. */
export function mountPopup(root: HTMLElement): void {
  render(<App />, root);
}
