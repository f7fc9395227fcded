import { squash } from './text';

export interface Metadata {
  source: string | null;
  author: string | null;
  date: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="PubDate"]',
  'meta[name="publishdate"]',
  'meta[name="publish_date"]',
  'meta[name="publishtime"]',
  'meta[property="og:release_date"]',
  'meta[name="og:time"]',
  'meta[property="og:time"]',
  'meta[name="apub:time"]',
  'meta[name="weibo: article:create_at"]',
  'meta[itemprop="datePublished"]',
  'meta[name="firstpublishedtime"]',
  'meta[name="lastmodifiedtime"]',
];
const SOURCE_META = ['meta[name="source"]', 'meta[name="mediaid"]', 'meta[property="og:site_name"]'];
const AUTHOR_META = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="editor"]'];

const DATE_TEXT =
  /((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)?\s*(\d{1,2})\s*[:：时]\s*(\d{2}))?/;
const SOURCE_TEXT = /(?:来源|稿源|出处)\s*[:：]\s*([^\s|｜丨/\\，,。;；:：()（）【】[\]]{2,24})/;
const AUTHOR_TEXT =
  /((?:责任编辑|编辑|责编|作者|记者|撰文|(?<!\p{Script=Han})文)\s*[:：]\s*[^\s|｜丨/\\，,。;；()（）【】]{2,16})/u;

const pad = (value: string): string => value.padStart(2, '0');

/** Normalises a date found in text or a meta tag to 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM'. */
export function normaliseDate(text: string): string | null {
  const match = DATE_TEXT.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match;
  if (!year || !month || !day) return null;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour && minute && Number(hour) < 24 && Number(minute) < 60) return `${date} ${pad(hour)}:${minute}`;
  return date;
}

function firstMeta(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const content = squash(doc.querySelector(selector)?.getAttribute('content') ?? '');
    if (content) return content;
  }
  return null;
}

function firstText(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const text = squash(el.textContent ?? '');
      if (text && text.length < 200) return text;
    }
  }
  return null;
}

/** Where a site rule says the metadata lives. */
export interface MetadataSelectors {
  source?: readonly string[];
  author?: readonly string[];
  date?: readonly string[];
}

/**
 * Source (来源), author or editor, and publication date: from the site rule's elements, then the
 * page's meta tags, then the Chinese conventions in `nearby` (the lines around the headline and the
 * start and end of the body).
 */
export function findMetadata(doc: Document, nearby: readonly string[], rule: MetadataSelectors): Metadata {
  const joined = nearby.join('\n');

  let date: string | null = null;
  const ruleDate = rule.date ? firstText(doc, rule.date) : null;
  if (ruleDate) date = normaliseDate(ruleDate);
  if (!date) {
    const meta = firstMeta(doc, DATE_META);
    if (meta) date = normaliseDate(meta);
  }
  if (!date) {
    const timeEl = doc.querySelector('time[datetime]');
    const value = timeEl?.getAttribute('datetime');
    if (value) date = normaliseDate(value);
  }
  if (!date) date = normaliseDate(joined);

  let source: string | null = null;
  const ruleSource = rule.source ? firstText(doc, rule.source) : null;
  if (ruleSource) source = SOURCE_TEXT.exec(ruleSource)?.[1] ?? (ruleSource.length <= 24 ? ruleSource : null);
  if (!source) source = SOURCE_TEXT.exec(joined)?.[1] ?? null;
  if (!source) {
    const meta = firstMeta(doc, SOURCE_META);
    if (meta && meta.length <= 24) source = meta;
  }

  let author: string | null = null;
  const ruleAuthor = rule.author ? firstText(doc, rule.author) : null;
  if (ruleAuthor) author = ruleAuthor;
  if (!author) author = AUTHOR_TEXT.exec(joined)?.[1]?.trim() ?? null;
  if (!author) {
    const meta = firstMeta(doc, AUTHOR_META);
    if (meta && meta.length <= 40) author = meta;
  }
  return { source, author, date };
}
