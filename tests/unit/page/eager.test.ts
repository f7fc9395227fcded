import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePage } from '../../../scripts/lib/load-page';
import { EAGER_SLOT, type EagerRecord } from '../../../src/eager-record';
import { startEagerScript } from '../../../src/page/eager';

// The eager script runs on every page. Without Chinese it must leave its finding and nothing
// else: no listener, no message, no storage read.

const page = (body: string) =>
  parsePage(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document;
const world = globalThis as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  for (const key of Object.keys(world).filter((name) => name.startsWith('__crossriver'))) delete world[key];
});
afterEach(() => vi.restoreAllMocks());

describe('the eager script', () => {
  it('on a page without Chinese, records that and touches no extension API', () => {
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    startEagerScript(page('<p>Cities on both banks of the river</p>'));
    const record = world[EAGER_SLOT] as EagerRecord;
    expect(record.isChinese).toBe(false);
    expect(record.ms).toBeGreaterThanOrEqual(0);
    expect(listen).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  it('on a page with Chinese, answers the popup, reads the page data and asks for the annotator', async () => {
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ injected: true });
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    startEagerScript(page('<p>跨江融合发展</p>'));
    expect((world[EAGER_SLOT] as EagerRecord).isChinese).toBe(true);
    expect(listen).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ crossriver: 1, name: 'activatePage', params: {} });
  });
});
