import { describe, expect, it } from 'vitest';
import {
  countTerms,
  findKeySentences,
  rankBySalience,
  rankThemes,
  rankTerms,
  readingMinutes,
  splitSentences,
} from '../../../src/core/summary';

describe('term counts', () => {
  it('counts occurrences in order of first appearance', () => {
    expect(countTerms([{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toEqual([
      { id: 'a', count: 2, first: 0 },
      { id: 'b', count: 1, first: 1 },
    ]);
  });

  it('ranks by count, ties by first appearance', () => {
    const ranked = rankTerms([
      { id: 'a', count: 1, first: 0 },
      { id: 'b', count: 3, first: 1 },
      { id: 'c', count: 1, first: 2 },
    ]);
    expect(ranked.map((term) => term.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('salience', () => {
  const terms = [
    { id: 'delegation', count: 14, zh: '党政代表团', category: 'institutions' },
    { id: 'cross-river', count: 14, zh: '跨江融合', category: 'regional' },
    { id: 'chain', count: 8, zh: '产业链', category: 'industry' },
    { id: 'facing', count: 3, zh: '隔江相望', category: 'regional' },
  ];

  it('puts specific policy terms above titles and institutions that recur', () => {
    expect(rankBySalience(terms).map((term) => term.id)).toEqual([
      'cross-river',
      'chain',
      'delegation',
      'facing',
    ]);
  });

  it('doubles a term that is in the headline', () => {
    const ranked = rankBySalience(terms, '从隔江相望走向跨江融合');
    expect(ranked.map((term) => term.id).slice(0, 2)).toEqual(['cross-river', 'facing']);
  });

  it('names the themes by summed salience', () => {
    expect(rankThemes(rankBySalience(terms)).map((theme) => theme.category)).toEqual([
      'regional',
      'industry',
      'institutions',
    ]);
  });
});

describe('key sentences', () => {
  it.each([
    ['一句。两句！三句？', ['一句。', '两句！', '三句？']],
    ['他说：“好。”然后走了。', ['他说：“好。”', '然后走了。']],
    ['第一段\n第二段；还有', ['第一段', '第二段；', '还有']],
    ['', []],
  ])('splits %j into sentences', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('picks the sentences with the most distinct terms, in article order', () => {
    const sentences = ['甲乙。', '甲甲甲。', '丙。', '甲乙丙。', '无。'];
    const find = (text: string) =>
      [...text].flatMap((char, start) =>
        '甲乙丙'.includes(char) ? [{ start, end: start + 1, id: char }] : [],
      );
    expect(findKeySentences(sentences, find, 2).map((sentence) => sentence.index)).toEqual([0, 3]);
    expect(findKeySentences(sentences, find, 3).map((sentence) => sentence.text)).toEqual([
      '甲乙。',
      '甲甲甲。',
      '甲乙丙。',
    ]);
    expect(findKeySentences(['无。'], find)).toEqual([]);
  });

  it.each([
    [0, 1],
    [399, 1],
    [4548, 11],
  ])('reads %i characters in about %i minutes', (characters, minutes) => {
    expect(readingMinutes(characters)).toBe(minutes);
  });
});
