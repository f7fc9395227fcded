import { parseArgs } from 'node:util';
import { createGlossaryMatcher } from '../../src/core/matcher';
import { HAN } from '../../src/core/han';
import { createI18n, loadGlossary } from '../../src/i18n';
import { readNewsTexts } from './texts';

// `npm run glossary:gaps [-- --corpus DIR --top N --min COUNT --length N]`: frequent multi-character expressions in
// the corpus bodies and the seed that no glossary entry covers, for a person to judge. Text
// already matched by an entry is masked first, so only uncovered text is counted.

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    top: { type: 'string', default: '80' },
    min: { type: 'string', default: '3' },
    length: { type: 'string', default: '3' },
  },
});
const top = Number(values.top);
const minCount = Number(values.min);

// Characters that rarely begin or end a set phrase: particles, conjunctions, pronouns.
const EDGE_STOP = new Set([...'的了是在和与及或等也都就而被把对为以于其这那之着过个从向将并又还要让使有']);
// Two-character grams are mostly general words (中国, 我们, 发展); ask for them with --length 2.
const MIN_N = Math.max(2, Number(values.length));
const MAX_N = 7;

const glossary = loadGlossary(createI18n('en'));
const matcher = createGlossaryMatcher(glossary);
const { texts, missing } = readNewsTexts(values.corpus);
if (missing) console.log(`Note: ${missing}; reading the seed article only.`);

interface Gram {
  count: number;
  documents: Set<string>;
  example: string;
}
const grams = new Map<string, Gram>();

for (const { id, text } of texts) {
  const masked = text.split('');
  for (const match of matcher.findAll(text)) masked.fill('\u0000', match.start, match.end);
  const plain = masked.join('');
  for (const segment of plain.split(/[^\u3400-\u9fff]+/)) {
    for (let n = MIN_N; n <= MAX_N; n++) {
      for (let i = 0; i + n <= segment.length; i++) {
        const gram = segment.slice(i, i + n);
        if (EDGE_STOP.has(gram[0]!) || EDGE_STOP.has(gram[n - 1]!)) continue;
        let entry = grams.get(gram);
        if (!entry) {
          const at = text.indexOf(gram);
          entry = { count: 0, documents: new Set(), example: text.slice(Math.max(0, at - 8), at + n + 8) };
          grams.set(gram, entry);
        }
        entry.count++;
        entry.documents.add(id);
      }
    }
  }
}

// Keep maximal expressions: drop a gram when a longer gram containing it is nearly as frequent.
const frequent = [...grams].filter(([gram, { count }]) => count >= minCount && HAN.test(gram));
const byLength = new Map<number, [string, Gram][]>();
for (const item of frequent) byLength.set(item[0].length, [...(byLength.get(item[0].length) ?? []), item]);
const kept = frequent.filter(([gram, { count }]) => {
  for (let n = gram.length + 1; n <= MAX_N; n++) {
    for (const [longer, other] of byLength.get(n) ?? []) {
      if (other.count >= count * 0.75 && longer.includes(gram)) return false;
    }
  }
  return true;
});

kept.sort(
  ([a, x], [b, y]) =>
    y.documents.size * Math.sqrt(y.count) * b.length - x.documents.size * Math.sqrt(x.count) * a.length,
);
console.log(
  `Uncovered expressions in ${texts.length} texts (seen at least ${minCount} times), most telling first:\n`,
);
console.log('| expression | count | texts | example |');
console.log('|---|---:|---:|---|');
for (const [gram, { count, documents, example }] of kept.slice(0, top)) {
  console.log(
    `| ${gram} | ${count} | ${documents.size} | ${example.replace(/\s+/g, ' ').replace(/\|/g, '/')} |`,
  );
}
