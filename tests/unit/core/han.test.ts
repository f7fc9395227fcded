import { describe, expect, it } from 'vitest';
import { hasHan } from '../../../src/core/han';

// The blocks hasHan covers, by their first and last code points, and what lies just outside them.
const HAN_EDGES = [0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xf900, 0xfaff];
const NEAR_MISSES = [0x33ff, 0x4dc0, 0x4dff, 0xa000, 0xf8ff, 0xfb00, 0x3002, 0xff0c, 0x3000];

describe('hasHan', () => {
  it('finds a Han character anywhere in the text', () => {
    expect(hasHan('跨江融合')).toBe(true);
    expect(hasHan('Cities on both banks: 跨')).toBe(true);
    expect(hasHan('臺灣 news')).toBe(true);
  });

  it('finds none in text without Han, Chinese punctuation and Japanese kana included', () => {
    expect(hasHan('')).toBe(false);
    expect(hasHan('Cities on both banks of the river')).toBe(false);
    expect(hasHan('，。「」　ひらがな カタカナ 한국어')).toBe(false);
  });

  it('is true at the edges of each block and false just outside them', () => {
    for (const code of HAN_EDGES) expect(hasHan(String.fromCharCode(code)), code.toString(16)).toBe(true);
    for (const code of NEAR_MISSES) expect(hasHan(String.fromCharCode(code)), code.toString(16)).toBe(false);
  });
});
