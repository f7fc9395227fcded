import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePage } from '../../../scripts/lib/load-page';
import { EAGER_SLOT, stateFromEagerRecord, type EagerRecord } from '../../../src/eager-record';
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

  it('on a page with Chinese, asks for the annotator and nothing else', () => {
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ injected: true });
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    startEagerScript(page('<p>跨江融合发展</p>'));
    const record = world[EAGER_SLOT] as EagerRecord;
    expect(record.isChinese).toBe(true);
    expect(record.failure).toBeNull();
    expect(send).toHaveBeenCalledWith({ crossriver: 1, name: 'activatePage', params: {} });
    // The annotator answers the popup and reads the page data once it runs.
    expect(listen).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  it('notes in its record why the annotator could not be started', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      injected: false,
      error: 'Cannot access contents of the page',
    });
    startEagerScript(page('<p>跨江融合发展</p>'));
    const record = world[EAGER_SLOT] as EagerRecord;
    await vi.waitFor(() => expect(record.failure).toBe('Cannot access contents of the page'));
  });

  it('notes a failed message to the background as well', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    startEagerScript(page('<p>跨江融合发展</p>'));
    const record = world[EAGER_SLOT] as EagerRecord;
    await vi.waitFor(() => expect(record.failure).toBe('Extension context invalidated.'));
  });

  it('counts its own time from the start it is given', () => {
    const start = performance.now() - 5;
    startEagerScript(page('<p>Cities on both banks of the river</p>'), start);
    const record = world[EAGER_SLOT] as EagerRecord;
    expect(record.start).toBe(start);
    expect(record.ms).toBeGreaterThanOrEqual(5);
  });
});

describe("the popup's reading of the eager script's record", () => {
  const record = (isChinese: boolean, failure: string | null = null): EagerRecord => ({
    start: 0,
    ms: 0.5,
    isChinese,
    failure,
  });

  it.each([
    ['no record: nothing of Crossriver ran', null, { status: 'unsupported' }],
    ['no Chinese', record(false), { status: 'no-chinese' }],
    ['Chinese, annotator on its way', record(true), { status: 'loading' }],
    [
      'Chinese, annotator not started',
      record(true, 'Cannot access contents of the page'),
      { status: 'error', message: 'Cannot access contents of the page' },
    ],
  ])('%s', (_name, given, state) => {
    expect(stateFromEagerRecord(given)).toEqual(state);
  });
});
