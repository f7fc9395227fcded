import { describe, expect, it } from 'vitest';
import { countContent, countPunct } from '../../../src/page/article/text';

// The counts decide which block is the article; the loops must count exactly what the scorer's
// definitions say: Han, letters and digits by code point, and the listed sentence punctuation.
const CONTENT = /[\p{Script=Han}\p{L}\p{N}]/gu;
const PUNCT = /[，。、；！？“”‘’「」『』《》（）…—,;!?]/g;

describe('counting characters', () => {
  it('counts content characters as the Unicode classes do, for every BMP code point', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = String.fromCharCode(code);
      if (countContent(text) !== (text.match(CONTENT)?.length ?? 0)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts a character outside the BMP once, and a lone surrogate not at all', () => {
    expect(countContent('𠮷𝟘😀')).toBe(2);
    expect(countContent(`a${String.fromCharCode(0xd842)}`)).toBe(1);
    expect(countContent(`${String.fromCharCode(0xdfb7)}中`)).toBe(1);
  });

  it('counts mixed text and punctuation', () => {
    const text = '2024年，无锡GDP增长5.1%！“跨江融合”——从隔江相望走向…(Jiangsu) ß é ٣';
    expect(countContent(text)).toBe(text.match(CONTENT)!.length);
    expect(countPunct(text)).toBe(text.match(PUNCT)!.length);
    expect(countPunct(text)).toBe(7);
  });
});
