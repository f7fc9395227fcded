import { describe, expect, it } from 'vitest';
import { compileMatcher, createMatcher, loadMatcher, type MatcherForm } from '../../../src/core/matcher';

const FORMS: MatcherForm[] = [
  { form: '跨江融合', id: 'cross-river-integration' },
  { form: '跨江融合发展', id: 'cross-river-integration' },
  { form: '高质量发展', id: 'high-quality-development' },
  { form: '长三角一体化', id: 'yrd-integration' },
  { form: '长三角区域一体化', id: 'yrd-integration' },
  { form: '一体化', id: 'integration' },
  { form: '产业链', id: 'industrial-chain' },
  { form: '供应链', id: 'supply-chain' },
  { form: '市域治理', id: 'city-governance' },
  { form: '市域社会治理现代化', id: 'city-social-governance-modernisation' },
  { form: '苏中', id: 'central-jiangsu', notIn: ['江苏中'] },
  { form: '苏南', id: 'southern-jiangsu', notIn: ['江苏南'] },
];

const matcher = createMatcher(FORMS);
const found = (text: string) =>
  matcher.findAll(text).map(({ start, end, id }) => [text.slice(start, end), id]);

describe('createMatcher', () => {
  it.each([
    [
      'a longer variant is one match, not two',
      '推动跨江融合发展战略',
      [['跨江融合发展', 'cross-river-integration']],
    ],
    [
      'the shorter form where the longer does not follow',
      '从隔江相望走向跨江融合。',
      [['跨江融合', 'cross-river-integration']],
    ],
    ['longest wins over a contained term', '长三角区域一体化发展', [['长三角区域一体化', 'yrd-integration']]],
    ['a contained term alone still matches', '省域一体化', [['一体化', 'integration']]],
    [
      'adjacent terms both match',
      '产业链供应链',
      [
        ['产业链', 'industrial-chain'],
        ['供应链', 'supply-chain'],
      ],
    ],
    ['terms at the very start and end', '高质量发展', [['高质量发展', 'high-quality-development']]],
    [
      'a term that starts inside an earlier match does not match',
      '跨江融合发展高质量发展',
      [
        ['跨江融合发展', 'cross-river-integration'],
        ['高质量发展', 'high-quality-development'],
      ],
    ],
    [
      'different terms sharing a prefix',
      '市域治理与市域社会治理现代化',
      [
        ['市域治理', 'city-governance'],
        ['市域社会治理现代化', 'city-social-governance-modernisation'],
      ],
    ],
    ['a notIn context blocks the form there', '江苏中医药大学、江苏南京', []],
    [
      'but not elsewhere',
      '地处苏中，融入苏南',
      [
        ['苏中', 'central-jiangsu'],
        ['苏南', 'southern-jiangsu'],
      ],
    ],
    ['nothing in text without terms', '今天天气很好', []],
    ['nothing in empty text', '', []],
    ['a one-character text', '跨', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports offsets in UTF-16 code units, also after astral characters', () => {
    const text = '𠮷跨江融合';
    expect(matcher.findAll(text)).toEqual([{ start: 2, end: 6, id: 'cross-river-integration' }]);
  });

  it('counts distinct forms', () => {
    expect(matcher.formCount).toBe(FORMS.length);
  });

  it('refuses a form claimed by two entries, naming both', () => {
    expect(() =>
      createMatcher([
        { form: '产业链', id: 'a' },
        { form: '产业链', id: 'b' },
      ]),
    ).toThrow(/'产业链' belongs to both 'a' and 'b'/);
  });

  it('refuses one-character forms', () => {
    expect(() => createMatcher([{ form: '链', id: 'chain' }])).toThrow(/shorter than two/);
  });

  it('finds a child among many by binary search, and misses what is not there', () => {
    // 国家 has more children than a node's scan handles, so its children are searched.
    const thirds = [...'安保标部地电队法防粮税统统文物旅能'].filter((c, i, all) => all.indexOf(c) === i);
    const many = createMatcher(thirds.map((third) => ({ form: `国家${third}局`, id: `bureau-${third}` })));
    for (const third of thirds) {
      expect(many.findAll(`设立国家${third}局。`)).toEqual([{ start: 2, end: 6, id: `bureau-${third}` }]);
    }
    expect(many.findAll('国家卫局')).toEqual([]);
    expect(many.findAll('国家安')).toEqual([]);
  });
});

describe('compileMatcher', () => {
  it('numbers nodes breadth first, so each level follows the one above it', () => {
    const compiled = compileMatcher(FORMS);
    const { firstChild, code } = compiled;
    for (let node = 0; node + 1 < code.length; node++) {
      expect(firstChild[node + 1]).toBeGreaterThanOrEqual(firstChild[node]!);
      // Children are in order of code unit, so a binary search can find them.
      for (let child = firstChild[node]! + 1; child < firstChild[node + 1]!; child++) {
        expect(code[child]).toBeGreaterThan(code[child - 1]!);
      }
    }
    expect(firstChild[code.length]).toBe(code.length);
  });

  it('loads from plain copies of its arrays with the same matches', () => {
    const compiled = compileMatcher(FORMS);
    const copy = loadMatcher({
      ...compiled,
      firstChild: Int32Array.from(compiled.firstChild),
      code: Uint16Array.from(compiled.code),
      term: Uint16Array.from(compiled.term),
      contexts: JSON.parse(JSON.stringify(compiled.contexts)) as typeof compiled.contexts,
    });
    const text = '地处苏中，推动跨江融合发展，江苏中医药大学参与长三角区域一体化和产业链供应链建设';
    expect(copy.findAll(text)).toEqual(matcher.findAll(text));
    expect(copy.findAll(text).length).toBe(5);
  });
});
