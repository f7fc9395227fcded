import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { formsOf } from '../src/core/glossary';
import { createMatcher, type MatcherForm } from '../src/core/matcher';
import { createI18n, loadGlossary } from '../src/i18n';
import { readNewsTexts } from '../scripts/glossary/texts';
import { seedArticleText } from '../tests/fixtures/seed-article';
import { machineLine, median, table, writeSection } from './lib/report';

// `npm run bench:matcher [-- --corpus DIR --write]`: the matcher in Node on at least 1 MB of
// real news text, against the floor (a loop that only reads every character) and the naive
// approach (every form looked up with indexOf), all in the same run.

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    write: { type: 'boolean', default: false },
    runs: { type: 'string', default: '9' },
  },
});
const RUNS = Number(values.runs);
const MIN_BYTES = 1_000_000;

const { texts, missing } = readNewsTexts(values.corpus);
const sources = [seedArticleText(), ...texts.filter((text) => text.id !== 'seed').map((text) => text.text)];
const once = sources.join('\n');
let text = once;
let copies = 1;
while (Buffer.byteLength(text) < MIN_BYTES) {
  text += `\n${once}`;
  copies++;
}
const megabytes = Buffer.byteLength(text) / 1e6;

const glossary = loadGlossary(createI18n('en'));
const realForms: MatcherForm[] = glossary.entries.flatMap((entry) =>
  formsOf(entry).map((form) => ({ form, id: entry.id, notIn: entry.notIn })),
);

/**
 * Real forms first, then, past them, made-up forms: either recombined halves of real forms
 * (terms that look like glossary terms and, like them, seldom occur in the text), or frequent
 * 2-4 character strings of the text itself (the worst case: every one of them matches).
 */
function formsOfSize(size: number, extra: 'recombined' | 'frequent'): MatcherForm[] {
  const forms = realForms.slice(0, size);
  const taken = new Set(realForms.map((item) => item.form));
  const add = (form: string) => {
    if (forms.length >= size || taken.has(form) || form.length < 2) return;
    taken.add(form);
    forms.push({ form, id: `made-up-${forms.length}` });
  };
  if (extra === 'recombined') {
    for (let a = 0; forms.length < size && a < realForms.length; a++) {
      for (let b = 0; forms.length < size && b < realForms.length; b += 97) {
        const front = realForms[a]!.form;
        const back = realForms[(a + b + 1) % realForms.length]!.form;
        add(front.slice(0, Math.ceil(front.length / 2)) + back.slice(Math.floor(back.length / 2)));
      }
    }
  } else {
    for (let n = 4; n >= 2 && forms.length < size; n--) {
      for (let at = 0; at + n <= once.length && forms.length < size; at += 7) {
        const form = once.slice(at, at + n);
        if (/^[\u4e00-\u9fff]+$/.test(form)) add(form);
      }
    }
  }
  return forms;
}

function time(work: () => unknown, runs = RUNS, warmups = 1): number {
  for (let run = 0; run < warmups; run++) work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function floor(input: string): number {
  let sum = 0;
  for (let i = 0; i < input.length; i++) sum += input.charCodeAt(i);
  return sum;
}

function naive(input: string, forms: MatcherForm[]): number {
  let count = 0;
  for (const { form } of forms) {
    for (let at = input.indexOf(form); at >= 0; at = input.indexOf(form, at + form.length)) count++;
  }
  return count;
}

const matcher = createMatcher(realForms);
const floorMs = time(() => floor(text));
const oursMs = time(() => matcher.findAll(text));
const naiveMs = time(() => naive(text, realForms), 3);
const matches = matcher.findAll(text).length;
const rate = (ms: number) => `${(megabytes / (ms / 1000)).toFixed(0)} MB/s`;

const lines: string[] = [];
lines.push(`Machine: ${machineLine()}`);
lines.push(
  `Text: ${megabytes.toFixed(2)} MB UTF-8 (${text.length.toLocaleString('en')} characters): the seed article and ` +
    `${sources.length - 1} corpus bodies, ${copies} times over${missing ? ` (${missing})` : ''}. ` +
    `Glossary: ${glossary.entries.length} entries, ${matcher.formCount} forms; ${matches.toLocaleString('en')} matches. ` +
    `Median of ${RUNS} runs (naive: 3).`,
);
lines.push('');
lines.push(
  table(
    ['approach', 'ms', 'throughput', 'vs floor', 'vs Crossriver'],
    [
      ['floor: read every character', floorMs.toFixed(2), rate(floorMs), '1.0×', ''],
      ['Crossriver matcher', oursMs.toFixed(2), rate(oursMs), `${(oursMs / floorMs).toFixed(1)}×`, '1.0×'],
      [
        'naive: indexOf per form',
        naiveMs.toFixed(1),
        rate(naiveMs),
        `${(naiveMs / floorMs).toFixed(0)}×`,
        `${(naiveMs / oursMs).toFixed(0)}× slower`,
      ],
    ],
  ),
);

lines.push('');
lines.push('Cost as the text grows (whole glossary):');
lines.push('');
const textRows: string[][] = [];
for (const share of [0.25, 0.5, 1]) {
  const part = text.slice(0, Math.floor(text.length * share));
  const ms = time(() => matcher.findAll(part));
  textRows.push([
    `${(megabytes * share).toFixed(2)} MB`,
    ms.toFixed(2),
    `${(ms / (megabytes * share)).toFixed(2)} ms/MB`,
  ]);
}
lines.push(table(['text', 'ms', 'per MB'], textRows));

lines.push('');
lines.push(
  'Cost as the glossary grows (whole text). Past the real forms, made-up forms are added: recombined',
);
lines.push(
  'halves of real forms (they look like terms and seldom occur, as real entries do), or frequent strings of',
);
lines.push('the text itself (the worst case: every one of them occurs):');
lines.push('');
const sizeRows: string[][] = [];
for (const size of [100, 1000, 5000]) {
  const row: string[] = [String(size)];
  for (const extra of ['recombined', 'frequent'] as const) {
    const sized = createMatcher(formsOfSize(size, extra));
    // Each new matcher's findAll is compiled again by the JIT, which takes it a few runs to
    // settle (the first runs of the second matcher measured up to 10x its steady time).
    const ms = time(() => sized.findAll(text), RUNS, 6);
    row.push(ms.toFixed(2), `${(ms / floorMs).toFixed(1)}×`, String(sized.findAll(text).length));
  }
  sizeRows.push(row);
}
lines.push(
  table(
    ['forms', 'recombined: ms', 'vs floor', 'matches', 'frequent strings: ms', 'vs floor', 'matches'],
    sizeRows,
  ),
);

const report = lines.join('\n');
console.log(report);
if (values.write) writeSection('matcher', 'Matcher (Node)', report);
