import { indexHash } from 'virtual:crossriver-term-index';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageData } from '../../src/page-settings';
import { currentIndexJson, storeTermIndex, TERM_INDEX_KEY, termCard } from '../../src/term-data';

// The background serves the extension's own term-index.json and term-cards.json; here a stub
// fetch plays the extension's files, and counts how often they are read.

const INDEX_JSON = '{"ids":["projects-are-king"]}';
const CARDS = { 'projects-are-king': 'A slogan that makes investment projects the measure of local work.' };
let reads: string[] = [];
let isBroken = false;

beforeEach(() => {
  fakeBrowser.reset();
  reads = [];
  isBroken = false;
  vi.stubGlobal('fetch', async (url: string) => {
    reads.push(url);
    if (isBroken) return new Response('gone', { status: 404 });
    const body = url.endsWith('/term-index.json') ? INDEX_JSON : JSON.stringify(CARDS);
    return new Response(body, { status: 200 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the term index in storage', () => {
  it('is copied from the extension once, then read from storage', async () => {
    expect(await storeTermIndex()).toBe(INDEX_JSON);
    expect(await fakeBrowser.storage.local.get(TERM_INDEX_KEY)).toEqual({
      [TERM_INDEX_KEY]: { hash: indexHash, json: INDEX_JSON },
    });
    expect(await storeTermIndex()).toBe(INDEX_JSON);
    expect(reads.filter((url) => url.endsWith('/term-index.json'))).toHaveLength(1);
  });

  it("replaces another build's copy, which pages never use", async () => {
    await fakeBrowser.storage.local.set({ [TERM_INDEX_KEY]: { hash: 'an-older-build', json: '{}' } });
    expect(
      currentIndexJson((await fakeBrowser.storage.local.get(TERM_INDEX_KEY))[TERM_INDEX_KEY]),
    ).toBeNull();
    expect((await readPageData()).indexJson).toBeNull();
    expect(await storeTermIndex()).toBe(INDEX_JSON);
    expect((await readPageData()).indexJson).toBe(INDEX_JSON);
  });

  it('reads the settings in the same call, with defaults for what is not stored', async () => {
    await fakeBrowser.storage.local.set({ inlineDisplay: 'pinyin', neverOnSites: ['163.com', 7] });
    expect((await readPageData()).settings).toEqual({
      annotations: true,
      display: 'pinyin',
      neverOnSites: ['163.com'],
    });
  });

  it('says which file it could not read', async () => {
    isBroken = true;
    await expect(storeTermIndex()).rejects.toThrow('/term-index.json could not be read (HTTP 404)');
  });
});

describe('cards', () => {
  it('gives the explanation of a known entry and null for an unknown one, reading the file once', async () => {
    expect(await termCard('projects-are-king')).toBe(CARDS['projects-are-king']);
    expect(await termCard('no-such-entry')).toBeNull();
    expect(await termCard('constructor')).toBeNull();
    expect(reads.filter((url) => url.endsWith('/term-cards.json'))).toHaveLength(1);
  });
});
