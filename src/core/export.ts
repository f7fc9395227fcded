/** One row of an exported glossary. */
export interface ExportTerm {
  zh: string;
  traditional: string;
  pinyin: string;
  en: string;
  alternatives: string[];
  explanation: string;
  category: string;
  count: number;
}

export interface ExportArticle {
  title: string | null;
  source: string | null;
  date: string | null;
  url: string | null;
}

const markdownCell = (value: string) => value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The glossary as a Markdown document: a heading, where it is from, and a table. */
export function toMarkdown(article: ExportArticle, terms: readonly ExportTerm[]): string {
  const lines = [`# Glossary: ${article.title ?? 'untitled article'}`, ''];
  const origin = [article.source, article.date].filter(Boolean).join(', ');
  if (origin || article.url) lines.push(`${[origin, article.url].filter(Boolean).join(' — ')}`, '');
  lines.push('| Chinese | Pinyin | English | Count | Explanation |', '|---|---|---|---:|---|');
  for (const term of terms) {
    lines.push(
      `| ${[term.zh, term.pinyin, term.en, String(term.count), term.explanation].map(markdownCell).join(' | ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The glossary as CSV (RFC 4180, CRLF line ends, a byte-order mark so spreadsheets read UTF-8). */
export function toCsv(terms: readonly ExportTerm[]): string {
  const header = [
    'chinese',
    'traditional',
    'pinyin',
    'english',
    'alternatives',
    'count',
    'category',
    'explanation',
  ];
  const rows = terms.map((term) =>
    [
      term.zh,
      term.traditional,
      term.pinyin,
      term.en,
      term.alternatives.join('; '),
      term.count,
      term.category,
      term.explanation,
    ]
      .map(csvField)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

const html = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\t\r\n]+/g, ' ');

/** An Anki tag from the article's source: no spaces, which separate tags. */
export function ankiTag(source: string | null): string {
  const tag = (source ?? 'unknown-source')
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[^\p{L}\p{N}_:-]/gu, '');
  return `crossriver::${tag || 'unknown-source'}`;
}

/**
 * The glossary as a tab-separated file that Anki imports as notes: front (Chinese and pinyin),
 * back (English and explanation), tags (one from the article's source). The header lines tell
 * Anki the separator, that fields are HTML, and which column holds the tags.
 */
export function toAnki(article: ExportArticle, terms: readonly ExportTerm[]): string {
  const tags = ['crossriver', ankiTag(article.source)].join(' ');
  const lines = ['#separator:tab', '#html:true', '#tags column:3'];
  for (const term of terms) {
    const front = `${html(term.zh)}<br>${html(term.pinyin)}`;
    const back = `${html(term.en)}<br><br>${html(term.explanation)}`;
    lines.push([front, back, tags].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
