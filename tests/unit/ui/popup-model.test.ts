import { describe, expect, it } from 'vitest';
import { fileNameFor, isPending, isUnsupportedUrl, tabIdFromQuery } from '../../../src/ui/popup-model';

describe('popup model', () => {
  it.each([
    ['chrome://extensions/', true],
    ['chrome-extension://abc/popup.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['about:blank', true],
    ['https://www.163.com/', false],
    [undefined, false],
  ])('%s is unsupported: %s', (url, expected) => {
    expect(isUnsupportedUrl(url)).toBe(expected);
  });

  it.each([
    ['?tabId=12', 12],
    ['?tabId=x', null],
    ['?tabId=-1', null],
    ['', null],
  ])('reads the tab from %j', (search, tabId) => {
    expect(tabIdFromQuery(search)).toBe(tabId);
  });

  it('keeps asking while the page is loading or still being worked through', () => {
    expect(isPending({ status: 'loading' })).toBe(true);
    expect(isPending({ status: 'no-chinese' })).toBe(false);
  });

  it.each([
    ['无锡：从“隔江相望”走向“跨江融合”', 'csv', '无锡：从“隔江相望”走向“跨江融合” glossary.csv'],
    ['a/b\\c?d', 'txt', 'a b c d glossary.txt'],
    [null, 'csv', 'glossary.csv'],
  ])('names the file for %j', (title, extension, name) => {
    expect(fileNameFor(title, extension)).toBe(name);
  });
});
