import { describe, expect, it } from 'vitest';
import { createGlossary, formsOf, GlossaryError, type GlossarySource } from '../../../src/core/glossary';

const source = (): GlossarySource => ({
  category: 'regional',
  zh: {
    'cross-river-integration': {
      zh: '跨江融合',
      traditional: ['跨江融合', '跨江融合發展'],
      variants: ['跨江融合发展'],
      pinyin: 'kuà jiāng róng hé',
      explanation: '长江两岸城市连成一体。',
      related: [],
    },
  },
  en: {
    'cross-river-integration': {
      en: 'cross-river integration',
      gloss: 'cross-river integration',
      alternatives: [],
      explanation: 'Cities on both banks growing together.',
    },
  },
});

describe('createGlossary', () => {
  it('joins both sides of an entry', () => {
    const glossary = createGlossary([source()]);
    const entry = glossary.byId.get('cross-river-integration')!;
    expect(entry).toMatchObject({
      category: 'regional',
      zh: '跨江融合',
      en: 'cross-river integration',
      literal: null,
    });
    expect(formsOf(entry)).toEqual(['跨江融合', '跨江融合发展', '跨江融合發展']);
  });

  it('names an id present on one side only', () => {
    const broken = source();
    broken.en['orphan'] = { en: 'x', gloss: 'x', alternatives: [], explanation: 'x' };
    expect(() => createGlossary([broken])).toThrow(/glossary-regional: 'orphan' is in en but not in zh-CN/);
  });

  it('names each missing field of an entry', () => {
    const broken = source();
    broken.en['cross-river-integration']!.gloss = ' ';
    broken.zh['cross-river-integration']!.pinyin = '';
    try {
      createGlossary([broken]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GlossaryError);
      expect((error as GlossaryError).problems).toEqual([
        "glossary-regional: 'cross-river-integration' lacks or has a malformed zh-CN pinyin, en gloss",
      ]);
    }
  });

  it('refuses an id used in two categories', () => {
    const other = { ...source(), category: 'economy' as const };
    expect(() => createGlossary([source(), other])).toThrow(/id 'cross-river-integration' is also used/);
  });
});
