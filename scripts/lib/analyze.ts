import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Glossary } from '../../src/core/glossary';
import { createGlossaryMatcher, type Matcher } from '../../src/core/matcher';
import { countTerms, rankTerms } from '../../src/core/summary';
import { createI18n, loadGlossary } from '../../src/i18n';
import { findTerms } from '../../src/page/annotate';
import { findArticle } from '../../src/page/article/find-article';
import { loadPage } from './load-page';

export interface AnalyzeResult {
  file: string;
  url: string | null;
  isArticle: boolean;
  title: string | null;
  text: string;
  terms: { id: string; zh: string; en: string; count: number }[];
  ms: { extract: number; match: number };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Runs the extension's own article detection and matcher on one saved page. */
export async function analyzeFile(
  file: string,
  url: string | null,
  glossary: Glossary,
  matcher: Matcher,
): Promise<AnalyzeResult> {
  const page = loadPage(file, url);
  try {
    const startExtract = performance.now();
    const article = findArticle(page.document, { url: page.url });
    const extract = performance.now() - startExtract;
    const startMatch = performance.now();
    const found =
      article.isArticle && article.root ? findTerms(article.root, { matcher, skip: article.skip }) : [];
    const match = performance.now() - startMatch;
    return {
      file,
      url: page.url,
      isArticle: article.isArticle,
      title: article.title,
      text: article.text,
      terms: countTerms(found).map(({ id, count }) => {
        const entry = glossary.byId.get(id)!;
        return { id, zh: entry.zh, en: entry.en, count };
      }),
      ms: { extract: round(extract), match: round(match) },
    };
  } finally {
    await page.close();
  }
}

/** The readable English report of one result. */
export function formatReport(result: AnalyzeResult, glossary: Glossary): string {
  const lines = [result.file];
  lines.push(`  Title:     ${result.title ?? '(none found)'}`);
  lines.push(`  URL:       ${result.url ?? '(unknown)'}`);
  if (!result.isArticle) {
    lines.push('  Article:   none found: this page is not an article');
  } else {
    const paragraphs = result.text === '' ? 0 : result.text.split('\n').length;
    lines.push(`  Article:   ${paragraphs} paragraphs, ${[...result.text].length} characters`);
    const total = result.terms.reduce((sum, term) => sum + term.count, 0);
    lines.push(`  Key terms: ${result.terms.length} distinct, ${total} occurrences`);
    const ranked = rankTerms(result.terms.map((term, first) => ({ ...term, first })));
    for (const { id, count } of ranked) {
      const entry = glossary.byId.get(id)!;
      lines.push(`    ${entry.zh}  ${entry.pinyin}  ${entry.en}  ×${count}`);
    }
  }
  lines.push(`  Time:      extract ${result.ms.extract} ms, match ${result.ms.match} ms`);
  return lines.join('\n');
}

function describeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** The command: analyses each file, prints its report or JSON line; returns the exit code. */
export async function runAnalyze(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, url: { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error('usage: npm run analyze -- [--json] [--url URL] FILE...');
    return 2;
  }
  const glossary = loadGlossary(createI18n('en'));
  const matcher = createGlossaryMatcher(glossary);
  let failed = 0;
  for (const file of positionals) {
    try {
      const result = await analyzeFile(file, values.url ?? null, glossary, matcher);
      console.log(values.json ? JSON.stringify(result) : `${formatReport(result, glossary)}\n`);
    } catch (error) {
      failed++;
      console.error(`analyze: ${file}: ${describeFailure(error)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}
