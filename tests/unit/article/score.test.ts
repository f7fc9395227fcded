import { describe, expect, it } from 'vitest';
import { containsSnippet, contentTokens, lcsLength, scoreBody, scoreTitle } from '../../../bench/lib/score';

/** The textbook dynamic programme, to check the bit-parallel one against. */
function lcsByTable(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    b.forEach((y, j) =>
      row.push(x === y ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, row[j] ?? 0)),
    );
    previous = row;
  }
  return previous[b.length] ?? 0;
}

describe('corpus scoring', () => {
  it('keeps Han, letters and digits only, NFKC and lower-cased', () => {
    expect(contentTokens('新华社北京9月27日电（记者 ＡＢ）：Ｇ20！').join('')).toBe(
      '新华社北京9月27日电记者abg20',
    );
  });

  it('agrees with the dynamic programme on random sequences longer than one word', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = '的一是在不了有和人这中大为上个国我以要他'.split('');
    for (let round = 0; round < 40; round += 1) {
      const a = Array.from({ length: 1 + random(150) }, () => alphabet[random(6)] ?? '的');
      const b = Array.from({ length: 1 + random(150) }, () => alphabet[random(6)] ?? '的');
      expect(lcsLength(a, b)).toBe(lcsByTable(a, b));
    }
  });

  it.each([
    ['identical', '一二三四', '一二三四', 1, 1],
    ['extra text', '一二三四五六七八', '一二三四', 0.5, 1],
    ['missing text', '一二', '一二三四', 1, 0.5],
    ['nothing', '', '一二三四', 0, 0],
  ])('scores %s', (_label, extracted, truth, precision, recall) => {
    const score = scoreBody(extracted, truth);
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
  });

  it('compares titles exactly and loosely', () => {
    expect(scoreTitle(' 标题 ', '标题')).toEqual({ exact: true, loose: true });
    expect(scoreTitle('标题_网易新闻', '标题')).toEqual({ exact: false, loose: false });
    expect(scoreTitle('标题：副题', '标题:副题')).toEqual({ exact: false, loose: true });
  });

  it('finds snippets across white space', () => {
    expect(containsSnippet('跨江\n融合 发展', '跨江融合发展')).toBe(true);
    expect(containsSnippet('跨江融合', '项目为王')).toBe(false);
  });
});
