import { useMemo, useState } from 'preact/hooks';
import { useTranslation } from 'react-i18next';
import type { Glossary, GlossaryEntry } from '../core/glossary';
import { rankBySalience, rankThemes, readingMinutes, type KeySentence } from '../core/summary';
import { LANGUAGES, type Language } from '../i18n-ui';
import type { PageState, TermOccurrences } from '../messaging';
import type { InlineDisplay } from '../settings';
import { Switch } from './Switch';

/** What the popup can know about its tab, including states no content script reports. */
export type PopupPageState = PageState | { status: 'unsupported' } | { status: 'no-tab' };
export type ArticleState = Extract<PageState, { status: 'article' }>;

export interface PopupSettings {
  annotations: boolean;
  display: InlineDisplay;
  language: Language;
  /** The page's site, when it is a web page, and whether it is on the "never" list. */
  site: string | null;
  isNeverHere: boolean;
}

export type ExportFormat = 'markdown' | 'csv' | 'anki';

export interface PopupActions {
  setAnnotations(isOn: boolean): void;
  setDisplay(display: InlineDisplay): void;
  setNeverHere(isNever: boolean): void;
  setLanguage(language: Language): void;
  annotateWholePage(): void;
  scrollToTerm(id: string): void;
  scrollToSentence(index: number): void;
  /** Exports the glossary; resolves to the sentence to announce. */
  exportGlossary(format: ExportFormat): Promise<string>;
}

export interface PopupProps {
  page: PopupPageState;
  settings: PopupSettings;
  /** The whole glossary, for details and filtering; null until it has loaded. */
  glossary: Glossary | null;
  actions: PopupActions;
  /** The keyboard shortcut that toggles annotations, if one is set. */
  shortcut: string | null;
}

const LEADING = 5;

/** The toolbar popup: the article, an English summary and glossary of its terms, the controls. */
export function Popup({ page, settings, glossary, actions, shortcut }: PopupProps) {
  const { t } = useTranslation('ui');
  return (
    <div class="popup" lang={settings.language}>
      <header class="popup-header">
        <span class="brand">{t('popup.name')}</span>
      </header>
      <main class="popup-body" aria-busy={page.status === 'loading'}>
        <PageView page={page} glossary={glossary} actions={actions} language={settings.language} />
      </main>
      <Controls settings={settings} actions={actions} shortcut={shortcut} />
    </div>
  );
}

function PageView({
  page,
  glossary,
  actions,
  language,
}: {
  page: PopupPageState;
  glossary: Glossary | null;
  actions: PopupActions;
  language: Language;
}) {
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
          <p class="status">
            {page.kind in KIND_KEYS
              ? t('popup.status.notArticle', { kind: t(KIND_KEYS[page.kind]!) })
              : t('popup.status.notArticleUnknown')}
          </p>
          <button type="button" class="primary" onClick={actions.annotateWholePage}>
            {t('popup.status.annotateWholePage')}
          </button>
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
      return <ArticleView page={page} glossary={glossary} actions={actions} language={language} />;
  }
}

const KIND_KEYS: Record<string, string> = {
  list: 'popup.kinds.list',
  home: 'popup.kinds.home',
  search: 'popup.kinds.search',
  video: 'popup.kinds.video',
  empty: 'popup.kinds.empty',
};

interface Row {
  term: TermOccurrences;
  /** The glossary's entry, once the glossary has loaded. */
  entry: GlossaryEntry | undefined;
  first: number;
}

function ArticleView({
  page,
  glossary,
  actions,
  language,
}: {
  page: ArticleState;
  glossary: Glossary | null;
  actions: PopupActions;
  language: Language;
}) {
  const { t } = useTranslation('ui');
  const rows = useMemo(
    () => page.terms.map((term, first) => ({ term, entry: glossary?.byId.get(term.id), first })),
    [page.terms, glossary],
  );
  return (
    <>
      {page.title && (
        <h1 class="title" lang="zh-CN">
          {page.title}
        </h1>
      )}
      <p class="meta">
        <span lang="zh-CN">{[page.source, page.date].filter(Boolean).join(' · ')}</span>
        {page.author && <span lang="zh-CN"> · {t('popup.header.by', { author: page.author })}</span>}
      </p>
      <p class="meta">
        {t('popup.header.length', {
          characters: page.characters.toLocaleString(language),
          minutes: readingMinutes(page.characters),
        })}
      </p>
      {page.isWholePage && <p class="status">{t('popup.status.wholePage')}</p>}
      {page.unmarked > 0 && (
        <p class="status warning" role="status">
          {t('popup.status.unmarked', { count: page.unmarked })}
        </p>
      )}
      <Summary page={page} rows={rows} actions={actions} />
      {rows.length > 0 && (
        <GlossaryList rows={rows} glossary={glossary} actions={actions} language={language} />
      )}
      {rows.length > 0 && <Export actions={actions} />}
    </>
  );
}

function Summary({ page, rows, actions }: { page: ArticleState; rows: Row[]; actions: PopupActions }) {
  const { t } = useTranslation('ui');
  const total = rows.reduce((sum, row) => sum + row.term.count, 0);
  const ranked = useMemo(() => rankBySalience(page.terms, page.title), [page.terms, page.title]);
  const byId = useMemo(() => new Map(page.terms.map((term) => [term.id, term])), [page.terms]);
  const themes = rankThemes(ranked).slice(0, 3);
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('popup.summary.heading')}</h2>
      <p>
        {rows.length === 0
          ? t('popup.summary.none')
          : t('popup.summary.termCount', { count: rows.length, total })}
      </p>
      {themes.length > 0 && (
        <p class="themes">
          <span class="label">{t('popup.summary.themes')}: </span>
          {themes.map(({ category }) => t(`categories.${category}`)).join(' · ')}
        </p>
      )}
      {ranked.length > 0 && (
        <>
          <h3 id="leading-heading">{t('popup.summary.leading')}</h3>
          <ol class="leading" aria-labelledby="leading-heading">
            {ranked.slice(0, LEADING).map(({ id, count }) => {
              const entry = byId.get(id)!;
              return (
                <li key={id}>
                  <span lang="zh-CN" class="zh">
                    {entry.zh}
                  </span>{' '}
                  <span class="en">{entry.en}</span> <span class="count">×{count}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {page.keySentences.length > 0 && (
        <>
          <h3 id="sentences-heading">{t('popup.summary.sentences')}</h3>
          <ol class="sentences" aria-labelledby="sentences-heading">
            {page.keySentences.map((sentence) => (
              <li key={sentence.index}>
                <a
                  href={`#sentence-${sentence.index}`}
                  title={t('popup.summary.sentenceHint')}
                  onClick={(event) => {
                    event.preventDefault();
                    actions.scrollToSentence(sentence.index);
                  }}
                >
                  <GlossedSentence sentence={sentence} terms={byId} />
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** A sentence in Chinese with each term followed by its English gloss. */
function GlossedSentence({
  sentence,
  terms,
}: {
  sentence: KeySentence;
  terms: Map<string, TermOccurrences>;
}) {
  const parts: preact.ComponentChildren[] = [];
  let position = 0;
  for (const term of sentence.terms) {
    if (term.start > position) parts.push(sentence.text.slice(position, term.start));
    const entry = terms.get(term.id);
    parts.push(
      <span class="sentence-term" key={term.start}>
        <span lang="zh-CN">{sentence.text.slice(term.start, term.end)}</span>
        {entry && (
          <span class="sentence-gloss" lang="en">
            {' '}
            ({entry.gloss})
          </span>
        )}
      </span>,
    );
    position = term.end;
  }
  if (position < sentence.text.length) parts.push(sentence.text.slice(position));
  return <span lang="zh-CN">{parts}</span>;
}

/** Strips tone marks and spaces so that "kuajiang" finds "kuà jiāng". */
const plainPinyin = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .replace(/\s+/g, '')
    .toLowerCase();

function matchesFilter({ term, entry }: Row, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return true;
  return (
    term.zh.includes(needle) ||
    term.en.toLowerCase().includes(needle) ||
    plainPinyin(term.pinyin).includes(plainPinyin(needle)) ||
    (entry !== undefined &&
      (entry.traditional.some((form) => form.includes(needle)) ||
        entry.variants.some((form) => form.includes(needle)) ||
        entry.alternatives.some((alternative) => alternative.toLowerCase().includes(needle))))
  );
}

function GlossaryList({
  rows,
  glossary,
  actions,
  language,
}: {
  rows: Row[];
  glossary: Glossary | null;
  actions: PopupActions;
  language: Language;
}) {
  const { t } = useTranslation('ui');
  const [order, setOrder] = useState<'appearance' | 'count'>('appearance');
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const shown = rows
    .filter((row) => matchesFilter(row, filter))
    .sort((a, b) =>
      order === 'count' ? b.term.count - a.term.count || a.first - b.first : a.first - b.first,
    );
  return (
    <section class="glossary" aria-labelledby="glossary-heading">
      <div class="glossary-bar">
        <h2 id="glossary-heading">{t('popup.glossary.heading')}</h2>
        <fieldset class="order">
          <legend class="visually-hidden">{t('popup.glossary.order')}</legend>
          {(['appearance', 'count'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="order"
                value={value}
                checked={order === value}
                onChange={() => setOrder(value)}
              />
              {t(value === 'appearance' ? 'popup.glossary.byAppearance' : 'popup.glossary.byCount')}
            </label>
          ))}
        </fieldset>
      </div>
      <label class="filter">
        <span class="visually-hidden">{t('popup.glossary.filter')}</span>
        <input
          type="search"
          value={filter}
          placeholder={t('popup.glossary.filterPlaceholder')}
          aria-label={t('popup.glossary.filter')}
          onInput={(event) => setFilter((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {shown.length === 0 && <p class="status">{t('popup.glossary.noMatch', { filter })}</p>}
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
        {shown.map(({ term, entry }) => {
          const isOpen = open === term.id;
          return (
            <tbody key={term.id} data-term={term.id} class={isOpen ? 'open' : undefined}>
              <tr>
                <td lang="zh-CN">
                  <button
                    type="button"
                    class="term"
                    aria-label={t('popup.glossary.showInPage', { term: term.zh })}
                    onClick={() => actions.scrollToTerm(term.id)}
                  >
                    {term.zh}
                  </button>
                </td>
                <td class="pinyin">{term.pinyin}</td>
                <td>
                  <button
                    type="button"
                    class="expand"
                    aria-expanded={isOpen}
                    aria-controls={`details-${term.id}`}
                    aria-label={t('popup.glossary.details', { term: term.zh })}
                    onClick={() => setOpen(isOpen ? null : term.id)}
                  >
                    <span aria-hidden="true" class="chevron">
                      {isOpen ? '▾' : '▸'}
                    </span>
                    {term.en}
                  </button>
                </td>
                <td class="count">{term.count}</td>
              </tr>
              {isOpen && (
                <tr class="details" id={`details-${term.id}`}>
                  <td colSpan={4}>
                    {entry && glossary ? (
                      <Details entry={entry} glossary={glossary} language={language} />
                    ) : (
                      <p class="status" role="status">
                        {t('popup.status.loading')}
                      </p>
                    )}
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}

function Details({
  entry,
  glossary,
  language,
}: {
  entry: GlossaryEntry;
  glossary: Glossary;
  language: Language;
}) {
  const { t } = useTranslation('ui');
  const related = entry.related.flatMap((id) => glossary.byId.get(id) ?? []);
  return (
    <div class="details-body">
      <p lang={language === 'zh-CN' ? 'zh-CN' : 'en'}>
        {language === 'zh-CN' ? entry.explanationZh : entry.explanationEn}
      </p>
      <dl>
        {entry.literal && (
          <>
            <dt>{t('popup.glossary.literal')}</dt>
            <dd>“{entry.literal}”</dd>
          </>
        )}
        {entry.alternatives.length > 0 && (
          <>
            <dt>{t('popup.glossary.alternatives')}</dt>
            <dd>{entry.alternatives.join('; ')}</dd>
          </>
        )}
        {related.length > 0 && (
          <>
            <dt>{t('popup.glossary.related')}</dt>
            <dd>
              {related.map((item, index) => (
                <span key={item.id}>
                  {index > 0 && '; '}
                  <span lang="zh-CN">{item.zh}</span> {item.en}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('popup.glossary.category')}</dt>
        <dd>{t(`categories.${entry.category}`)}</dd>
      </dl>
    </div>
  );
}

function Export({ actions }: { actions: PopupActions }) {
  const { t } = useTranslation('ui');
  const [message, setMessage] = useState('');
  const run = (format: ExportFormat) => {
    actions
      .exportGlossary(format)
      .then(setMessage, (error: unknown) =>
        setMessage(
          t('popup.export.failed', { message: error instanceof Error ? error.message : String(error) }),
        ),
      );
  };
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('popup.export.heading')}</h2>
      <div class="buttons">
        <button type="button" onClick={() => run('markdown')}>
          {t('popup.export.markdown')}
        </button>
        <button type="button" onClick={() => run('csv')}>
          {t('popup.export.csv')}
        </button>
        <button type="button" onClick={() => run('anki')}>
          {t('popup.export.anki')}
        </button>
      </div>
      <p class="announce" role="status">
        {message}
      </p>
    </section>
  );
}

function Controls({
  settings,
  actions,
  shortcut,
}: {
  settings: PopupSettings;
  actions: PopupActions;
  shortcut: string | null;
}) {
  const { t } = useTranslation('ui');
  const hasEnglish = settings.display === 'english' || settings.display === 'both';
  const hasPinyin = settings.display === 'pinyin' || settings.display === 'both';
  const displayOf = (english: boolean, pinyin: boolean): InlineDisplay =>
    english && pinyin ? 'both' : english ? 'english' : pinyin ? 'pinyin' : 'underline';
  return (
    <section class="settings" aria-label={t('popup.toggles.heading')}>
      <div class="switches">
        <Switch
          label={t('popup.toggles.annotations')}
          isOn={settings.annotations}
          onChange={actions.setAnnotations}
        />
        <Switch
          label={t('popup.toggles.english')}
          isOn={hasEnglish}
          onChange={(isOn) => actions.setDisplay(displayOf(isOn, hasPinyin))}
        />
        <Switch
          label={t('popup.toggles.pinyin')}
          isOn={hasPinyin}
          onChange={(isOn) => actions.setDisplay(displayOf(hasEnglish, isOn))}
        />
      </div>
      {settings.site && (
        <label class="never">
          <input
            type="checkbox"
            checked={settings.isNeverHere}
            onChange={(event) => actions.setNeverHere((event.currentTarget as HTMLInputElement).checked)}
          />
          {t('popup.toggles.neverHere', { site: settings.site })}
        </label>
      )}
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
            <span lang={language}>{t(`popup.languages.${language}`)}</span>
          </label>
        ))}
      </fieldset>
      <p class="shortcut">
        {shortcut ? t('popup.toggles.shortcut', { shortcut }) : t('popup.toggles.noShortcut')}
      </p>
    </section>
  );
}
