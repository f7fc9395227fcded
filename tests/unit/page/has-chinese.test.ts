import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../scripts/lib/load-page';
import { hasChinese, showsChinese } from '../../../src/page/has-chinese';

const page = (head: string, body: string) =>
  parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

describe('looking for Chinese', () => {
  it.each([
    ['a Chinese paragraph', page('<title>News</title>', '<p>跨江融合</p>'), true, true],
    ['a Chinese title only', page('<title>新闻</title>', '<p>news</p>'), true, true],
    ['an English page', page('<title>News</title>', '<p>Cities on both banks</p>'), false, false],
    [
      'Chinese only inside a script',
      page('<title>News</title>', '<p>news</p><script>var a = "中文";</script>'),
      true,
      false,
    ],
    ['Chinese only inside a style', page('<style>/* 中文 */</style>', '<p>news</p>'), true, false],
    ['an empty page', page('', ''), false, false],
  ])('%s: quick look %s, second look %s', (_name, doc, quick, shown) => {
    expect(hasChinese(doc)).toBe(quick);
    expect(showsChinese(doc)).toBe(shown);
  });
});
