import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPages, listVariants, type CorpusPage } from './lib/corpus';
import { RESULTS, writeSection } from './lib/report';
import { extractBoth, median, type Extraction, type Extractor } from './lib/run';
import { containsSnippet, scoreBody, scoreTitle, type BodyScore } from './lib/score';

/*
 * npm run bench:extract [-- <corpus dir>] [--write] [--runs N] [--pages]
 * Runs Crossriver's findArticle and @mozilla/readability 0.6.0 on every corpus page in the same
 * process and prints one comparison table; --write also puts it in bench/RESULTS.md.
 */

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const valueOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((arg, i) => !arg.startsWith('--') && !(i > 0 && args[i - 1] === '--runs'));
const corpusDir = resolve(positional[0] ?? join(repo, '..', 'shared', 'corpus'));
const runs = Number(valueOf('--runs') ?? 3);

if (!existsSync(join(corpusDir, 'pages'))) {
  console.error(`No corpus at ${corpusDir} (expected a pages/ folder).`);
  process.exit(1);
}

interface PageResult {
  id: string;
  body: BodyScore;
  title: { exact: boolean; loose: boolean } | null;
  mustContain: [found: number, total: number];
  mustNotContain: [absent: number, total: number];
  isArticle: boolean;
  ms: number;
}

function scorePage(page: CorpusPage, extraction: Extraction): PageResult {
  const { truth } = page;
  return {
    id: page.id,
    body: scoreBody(extraction.text, truth.body_text),
    title: truth.title === null ? null : scoreTitle(extraction.title, truth.title),
    mustContain: [
      truth.must_contain.filter((s) => containsSnippet(extraction.text, s)).length,
      truth.must_contain.length,
    ],
    mustNotContain: [
      truth.must_not_contain.filter((s) => !containsSnippet(extraction.text, s)).length,
      truth.must_not_contain.length,
    ],
    isArticle: extraction.isArticle,
    ms: extraction.ms,
  };
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / (values.length || 1);
const f3 = (value: number): string => value.toFixed(3);
const ratio = (pairs: readonly [number, number][]): number =>
  pairs.reduce((a, [n]) => a + n, 0) / (pairs.reduce((a, [, d]) => a + d, 0) || 1);

const pages = listPages(corpusDir);
const variants = listVariants(corpusDir);
const results: Record<Extractor, PageResult[]> = { crossriver: [], readability: [] };
const variantResults: Record<Extractor, PageResult[]> = { crossriver: [], readability: [] };

for (const page of pages) {
  const both = await extractBoth(page, runs);
  results.crossriver.push(scorePage(page, both.crossriver));
  results.readability.push(scorePage(page, both.readability));
}
for (const page of variants) {
  const both = await extractBoth(page, runs);
  variantResults.crossriver.push(scorePage(page, both.crossriver));
  variantResults.readability.push(scorePage(page, both.readability));
}

function worst(list: readonly PageResult[]): string {
  return [...list]
    .sort((a, b) => a.body.f1 - b.body.f1)
    .slice(0, 5)
    .map((r) => `${r.id} ${f3(r.body.f1)}`)
    .join(', ');
}

function row(label: string, value: (list: PageResult[], extractor: Extractor) => string): string {
  return `| ${label} | ${value(results.crossriver, 'crossriver')} | ${value(results.readability, 'readability')} |`;
}

const medianMs = (list: readonly PageResult[]): number => median(list.map((r) => r.ms));
const titled = (list: readonly PageResult[]): { exact: boolean; loose: boolean }[] =>
  list.flatMap((r) => (r.title ? [r.title] : []));

const lines = [
  `Corpus: ${pages.length} pages + ${variants.length} variant(s) from ${corpusDir}; ${runs} runs per page per extractor, median taken.`,
  '',
  '| | Crossriver | Readability 0.6.0 |',
  '|---|---|---|',
  row('body LCS F1, mean', (l) => f3(mean(l.map((r) => r.body.f1)))),
  row('body precision, mean', (l) => f3(mean(l.map((r) => r.body.precision)))),
  row('body recall, mean', (l) => f3(mean(l.map((r) => r.body.recall)))),
  row('body F1, worst page', (l) => f3(Math.min(...l.map((r) => r.body.f1)))),
  row('pages with F1 < 0.90', (l) => String(l.filter((r) => r.body.f1 < 0.9).length)),
  row('worst five pages (F1)', (l) => worst(l)),
  row('worst five, precision', (l) =>
    [...l]
      .sort((a, b) => a.body.precision - b.body.precision)
      .slice(0, 5)
      .map((r) => `${r.id} ${f3(r.body.precision)}`)
      .join(', '),
  ),
  row('worst five, recall', (l) =>
    [...l]
      .sort((a, b) => a.body.recall - b.body.recall)
      .slice(0, 5)
      .map((r) => `${r.id} ${f3(r.body.recall)}`)
      .join(', '),
  ),
  row('title exact', (l) => f3(mean(titled(l).map((t) => (t.exact ? 1 : 0))))),
  row('title, ignoring spaces and punctuation', (l) => f3(mean(titled(l).map((t) => (t.loose ? 1 : 0))))),
  row('must_contain found', (l) => f3(ratio(l.map((r) => r.mustContain)))),
  row('must_not_contain absent', (l) => f3(ratio(l.map((r) => r.mustNotContain)))),
  row('"is article" (Readability: isProbablyReaderable)', (l) =>
    f3(mean(l.map((r) => (r.isArticle ? 1 : 0)))),
  ),
  row('median time per page, ms', (l) => medianMs(l).toFixed(2)),
  `| time ratio Crossriver / Readability | ${(medianMs(results.crossriver) / medianMs(results.readability)).toFixed(2)} | 1.00 |`,
  ...variants.map(
    (v, i) =>
      `| ${v.id}: body F1 | ${f3(variantResults.crossriver[i]?.body.f1 ?? 0)} | ${f3(variantResults.readability[i]?.body.f1 ?? 0)} |`,
  ),
];
const table = lines.join('\n');
console.log(table);

if (flag('--pages')) {
  for (const [i, r] of results.crossriver.entries()) {
    const other = results.readability[i];
    console.log(
      `${r.id.padEnd(40)} F1 ${f3(r.body.f1)} P ${f3(r.body.precision)} R ${f3(r.body.recall)} title ${r.title ? (r.title.exact ? 'ok' : 'NO') : '-'} art ${r.isArticle ? 'y' : 'N'} ${r.ms.toFixed(1)}ms | R ${f3(other?.body.f1 ?? 0)} ${other?.ms.toFixed(1)}ms`,
    );
  }
}

if (flag('--write')) {
  const cpu =
    /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ??
    cpus()[0]?.model ??
    'unknown';
  const nproc = execSync('nproc').toString().trim();
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  writeSection(
    'extract',
    'Article detection',
    [
      `\`npm run bench:extract -- --write\`, ${when} UTC, on nproc ${nproc}, ${cpu}, node ${process.version}.`,
      'Both extractors read the same happy-dom documents, parsed the same way (scripts/lib/load-page.ts);',
      'times cover the extraction alone, not parsing. Readability\'s "is article" is isProbablyReaderable.',
      '',
      table,
    ].join('\n'),
  );
  console.log(`\nWrote the table to ${RESULTS}.`);
}
