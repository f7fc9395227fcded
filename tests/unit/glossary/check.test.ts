import { describe, expect, it } from 'vitest';
import { checkPinyinShape, expectedTraditional, helperPinyin } from '../../../scripts/glossary/check';

describe('the glossary checks themselves', () => {
  it.each([
    ['跨江融合', 'kuà jiāng róng hé', []],
    ['12345热线', '12345 rè xiàn', []],
    ['跨江融合', 'kuà jiāng rónghé', ['has 3 pinyin tokens for 4 characters or runs']],
    ['跨江融合', 'Kuà jiāng róng hé', ["'Kuà' is not a lower-case pinyin syllable"]],
    ['跨江融合', 'kuà jiāng róng hé1', ["'hé1' is not a lower-case pinyin syllable"]],
    ['跨江', 'kuà jiāáng', ["'jiāáng' has more than one tone mark"]],
    ['5G基站', '5g jī zhàn', ["token '5g' should repeat '5G'"]],
  ])('checks the shape of the pinyin of %s: %s', (zh, pinyin, problems) => {
    expect(checkPinyinShape(zh, pinyin)).toEqual(problems);
  });

  it('reads with pinyin-pro in citation tones, so overrides are needed where it misreads', () => {
    expect(helperPinyin('一体化')).toBe('yī tǐ huà');
    expect(helperPinyin('项目为王')).toBe('xiàng mù wèi wáng');
  });

  it('derives the traditional forms of the headword and every variant', () => {
    expect(expectedTraditional('跨江融合', ['跨江融合发展'])).toEqual(['跨江融合', '跨江融合發展']);
    expect(expectedTraditional('台湾', [])).toEqual(['臺灣']);
    expect(expectedTraditional('长江经济带', [])).toEqual(['長江經濟帶']);
  });
});
