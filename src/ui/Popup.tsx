import { useTranslation } from 'react-i18next';
import type { Glossary } from '../core/glossary';
import { rankTerms } from '../core/summary';
import { LANGUAGES, type Language } from '../i18n';
import type { PageState, TermOccurrences } from '../messaging';
import type { InlineDisplay } from '../settings';
import { Switch } from './Switch';

/** What the popup can know about its tab, including states no content script reports. */
export type PopupPageState = PageState | { status: 'unsupported' } | { status: 'no-tab' };

export interface PopupSettings {
  annotations: boolean;
  display: InlineDisplay;
  language: Language;
}

export interface PopupActions {
  setAnnotations(isOn: boolean): void;
  setEnglish(isOn: boolean): void;
  setLanguage(language: Language): void;
}

export interface PopupProps {
  page: PopupPageState;
  settings: PopupSettings;
  glossary: Glossary;
  actions: PopupActions;
}

const LEADING = 5;

/** The toolbar popup: the page's title, a summary of its key terms, its glossary, switches. */
export function Popup({ page, settings, glossary, actions }: PopupProps) {
  const { t } = useTranslation('ui');
  return (
    <div class="popup" lang={settings.language}>
      <header class="popup-header">
        <span class="brand">{t('popup.name')}</span>
      </header>
      <main class="popup-body">
        <PageView page={page} glossary={glossary} />
      </main>
      <section class="settings" aria-label={t('popup.toggles.heading')}>
        <Switch
          label={t('popup.toggles.annotations')}
          isOn={settings.annotations}
          onChange={actions.setAnnotations}
        />
        <Switch
          label={t('popup.toggles.english')}
          isOn={settings.display === 'english' || settings.display === 'both'}
          onChange={actions.setEnglish}
        />
        <fieldset class="language">
          <legend>{t('popup.toggles.language')}</legend>
          {LANGUAGES.map((language) => (
            <label key={language}>
              <input
                type="radio"
                name="language"
                value={language}
                checked={settings.language === language}
                onChange={() => actions.setLanguage(language)}
              />
              {t(`popup.languages.${language}`)}
            </label>
          ))}
        </fieldset>
      </section>
    </div>
  );
}

function PageView({ page, glossary }: { page: PopupPageState; glossary: Glossary }) {
  const { t } = useTranslation('ui');
  switch (page.status) {
    case 'loading':
      return (
        <p class="status" role="status">
          {t('popup.status.loading')}
        </p>
      );
    case 'no-chinese':
      return <p class="status">{t('popup.status.noChinese')}</p>;
    case 'not-article':
      return (
        <>
          {page.title && (
            <h1 class="title" lang="zh-CN">
              {page.title}
            </h1>
          )}
          <p class="status">{t('popup.status.notArticle')}</p>
        </>
      );
    case 'unsupported':
      return <p class="status">{t('popup.status.unsupported')}</p>;
    case 'no-tab':
      return <p class="status">{t('popup.status.noTab')}</p>;
    case 'error':
      return (
        <p class="status error" role="alert">
          {t('popup.status.error', { message: page.message })}
        </p>
      );
    case 'article':
      return (
        <>
          {page.title && (
            <h1 class="title" lang="zh-CN">
              {page.title}
            </h1>
          )}
          {(page.source || page.date) && (
            <p class="meta" lang="zh-CN">
              {[page.source, page.date].filter(Boolean).join(' · ')}
            </p>
          )}
          <TermSummary terms={page.terms} glossary={glossary} />
          {page.terms.length > 0 && <GlossaryTable terms={page.terms} glossary={glossary} />}
        </>
      );
  }
}

function TermSummary({ terms, glossary }: { terms: TermOccurrences[]; glossary: Glossary }) {
  const { t } = useTranslation('ui');
  const total = terms.reduce((sum, term) => sum + term.count, 0);
  const leading = rankTerms(terms.map((term, first) => ({ ...term, first }))).slice(0, LEADING);
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('popup.summary.heading')}</h2>
      <p>
        {terms.length === 0
          ? t('popup.summary.none')
          : t('popup.summary.termCount', { count: terms.length, total })}
      </p>
      {leading.length > 0 && (
        <ol class="leading" aria-label={t('popup.summary.leading')}>
          {leading.map(({ id, count }) => {
            const entry = glossary.byId.get(id);
            return (
              <li key={id}>
                <span lang="zh-CN">{entry?.zh ?? id}</span> <span class="en">{entry?.en}</span>{' '}
                <span class="count">×{count}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function GlossaryTable({ terms, glossary }: { terms: TermOccurrences[]; glossary: Glossary }) {
  const { t } = useTranslation('ui');
  return (
    <section class="glossary" aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">{t('popup.glossary.heading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('popup.glossary.chinese')}</th>
            <th scope="col">{t('popup.glossary.pinyin')}</th>
            <th scope="col">{t('popup.glossary.english')}</th>
            <th scope="col" class="count">
              {t('popup.glossary.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.map(({ id, count }) => {
            const entry = glossary.byId.get(id);
            return (
              <tr key={id} data-term={id}>
                <td lang="zh-CN">{entry?.zh ?? id}</td>
                <td class="pinyin">{entry?.pinyin}</td>
                <td>{entry?.en}</td>
                <td class="count">{count}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
