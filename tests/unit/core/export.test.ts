import { describe, expect, it } from 'vitest';
import { ankiTag, toAnki, toCsv, toMarkdown, type ExportTerm } from '../../../src/core/export';

const terms: ExportTerm[] = [
  {
    zh: '跨江融合',
    traditional: '跨江融合',
    pinyin: 'kuà jiāng róng hé',
    en: 'cross-river integration',
    alternatives: ['integration across the Yangtze', 'bridging the river'],
    explanation: 'Cities on both banks growing together, "as one".',
    category: 'regional',
    count: 14,
  },
  {
    zh: '项目为王',
    traditional: '項目為王',
    pinyin: 'xiàng mù wéi wáng',
    en: 'projects come first',
    alternatives: [],
    explanation: 'A <slogan> | with a pipe\tand a tab.',
    category: 'economy',
    count: 3,
  },
];
const article = {
  title: '跨江融合',
  source: '新华日报 苏州',
  date: '2020-09-28',
  url: 'https://example.com/a',
};

describe('export', () => {
  it('writes Markdown with a table that survives pipes and line breaks', () => {
    const markdown = toMarkdown(article, terms);
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '# Glossary: 跨江融合',
      '',
      '新华日报 苏州, 2020-09-28 — https://example.com/a',
      '',
      '| Chinese | Pinyin | English | Count | Explanation |',
      '|---|---|---|---:|---|',
    ]);
    expect(markdown).toContain(
      '| 项目为王 | xiàng mù wéi wáng | projects come first | 3 | A <slogan> \\| with a pipe',
    );
  });

  it('writes CSV that a spreadsheet reads back field for field', () => {
    const csv = toCsv(terms);
    expect(
      csv.startsWith('\uFEFFchinese,traditional,pinyin,english,alternatives,count,category,explanation\r\n'),
    ).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe(
      '跨江融合,跨江融合,kuà jiāng róng hé,cross-river integration,integration across the Yangtze; bridging the river,14,regional,"Cities on both banks growing together, ""as one""."',
    );
  });

  it('writes an Anki file: front Chinese and pinyin, back English and explanation, a source tag', () => {
    const lines = toAnki(article, terms).trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(lines[3]!.split('\t')).toEqual([
      '跨江融合<br>kuà jiāng róng hé',
      'cross-river integration<br><br>Cities on both banks growing together, "as one".',
      'crossriver crossriver::新华日报_苏州',
    ]);
    expect(lines[4]!.split('\t')[1]).toBe(
      'projects come first<br><br>A &lt;slogan&gt; | with a pipe and a tab.',
    );
    expect(lines).toHaveLength(5);
  });

  it('tags a note without a source as such', () => {
    expect(ankiTag(null)).toBe('crossriver::unknown-source');
    expect(ankiTag('  ')).toBe('crossriver::unknown-source');
  });
});
