import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inlineDisplay, migrations, neverOnSites, normalizeHost, siteOf } from '../../src/settings';

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['english', 'english'],
    ['both', 'both'],
    ['gloss', 'english'],
    ['none', 'underline'],
    ['sideways', 'english'],
    [42, 'english'],
    [null, 'english'],
  ])('inlineDisplay v1 %j becomes %j in v2', (before, after) => {
    expect(migrations.inlineDisplay[2](before)).toBe(after);
  });

  it.each([
    [
      ['WWW.163.com', 'news.qq.com', '163.com', ''],
      ['163.com', 'news.qq.com'],
    ],
    ['163.com', []],
    [[1, 'mp.weixin.qq.com'], ['mp.weixin.qq.com']],
  ])('neverOnSites v1 %j becomes %j in v2', (before, after) => {
    expect(migrations.neverOnSites[2](before)).toEqual(after);
  });

  it('runs the migration on a value stored by version 1', async () => {
    await fakeBrowser.storage.local.set({ inlineDisplay: 'gloss', inlineDisplay$: { v: 1 } });
    await inlineDisplay.migrate();
    expect(await inlineDisplay.getValue()).toBe('english');
    expect(await fakeBrowser.storage.local.get('inlineDisplay$')).toEqual({ inlineDisplay$: { v: 2 } });
  });

  it('keeps a value already at the current version as it is', async () => {
    await fakeBrowser.storage.local.set({ neverOnSites: ['sina.com.cn'], neverOnSites$: { v: 2 } });
    await neverOnSites.migrate();
    expect(await neverOnSites.getValue()).toEqual(['sina.com.cn']);
  });

  it('falls back to the defaults when nothing is stored', async () => {
    expect(await inlineDisplay.getValue()).toBe('english');
    expect(await neverOnSites.getValue()).toEqual([]);
  });
});

describe('sites', () => {
  it.each([
    ['https://www.163.com/dy/article/X.html', '163.com'],
    ['http://News.QQ.com/a', 'news.qq.com'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
    [undefined, null],
  ])('siteOf(%j) is %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('normalises hosts', () => {
    expect(normalizeHost(' WWW.Sina.com.cn ')).toBe('sina.com.cn');
  });
});
