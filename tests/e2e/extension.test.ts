import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  FIXTURES_DIR,
  launchWithExtension,
  serveFolder,
  type ExtensionBrowser,
  type FixtureServer,
} from '../../scripts/lib/browser';
import { createI18n, loadGlossary } from '../../src/i18n';
import type { PageTimings } from '../../src/messaging';
import { SEED_TERMS } from '../fixtures/seed-terms';
import { glossOf, pristineInnerHtml, termCoverage, waitForAnnotations } from './pages/article-page';
import { PopupPage } from './pages/popup-page';

const ARTICLE = '.post_body';
const glossary = loadGlossary(createI18n('en'));

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFolder();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSeed() {
  const url = server.url('seed-163.html');
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForAnnotations(page);
  const popup = new PopupPage(await browser.openPopup(await browser.tabIdOf(url)));
  return { page, popup };
}

describe('the seed article in Chromium with the built extension', () => {
  it('annotates every occurrence of every seed term in the article, and nothing outside it', async () => {
    const { page, popup } = await openSeed();
    const { uncovered, occurrences } = await termCoverage(page, ARTICLE, SEED_TERMS);
    for (const term of SEED_TERMS) expect(occurrences[term], term).toBeGreaterThan(0);
    expect(Object.entries(uncovered).filter(([, count]) => count > 0)).toEqual([]);

    // 跨江融合发展 is one match, not 跨江融合 plus 发展.
    const whole = await page.locator(`${ARTICLE} cr-term`, { hasText: /^跨江融合发展$/ }).count();
    const inText = (await page.locator(ARTICLE).innerText()).split('跨江融合发展').length - 1;
    expect(whole).toBe(inText);

    for (const chrome of ['.N-nav', '.post_side', '.N-footer', '.post_crumb', '.post_comment', 'h1']) {
      expect(await page.locator(`${chrome} cr-term`).count(), chrome).toBe(0);
    }
    expect(await page.locator('.f_center cr-term').count()).toBe(0);
    expect(await page.locator('textarea').inputValue()).toBe('跨江融合发展要落细落深落实');
    expect(await page.locator('input[type=text]').inputValue()).toBe('项目为王');

    // Each annotation's text is exactly the text it wraps: the article's text is unchanged.
    const pristineText = await page.evaluate(async (selector) => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector(selector)!.textContent;
    }, ARTICLE);
    expect(await page.locator(ARTICLE).evaluate((node) => node.textContent)).toBe(pristineText);

    const gloss = glossary.byId.get('cross-river-integration')!.gloss;
    expect(await glossOf(page, 'cr-term[data-cr-term="cross-river-integration"][data-cr-gloss]')).toBe(
      JSON.stringify(gloss),
    );
    await page.screenshot({ path: 'demo-output/e2e-seed-page.png' });
    await popup.page.close();
    await page.close();
  });

  it('shows the title, the summary and the glossary in the popup', async () => {
    const { page, popup } = await openSeed();
    await popup.waitForGlossary();
    await expect
      .poll(() => popup.title().innerText())
      .toBe('无锡党政代表团南通泰州行：从“隔江相望”走向“跨江融合”');
    const rows = await popup.glossary();
    const ids = await page.$$eval('cr-term[data-cr-term]', (nodes) => [
      ...new Set(nodes.map((node) => node.getAttribute('data-cr-term'))),
    ]);
    expect(rows).toHaveLength(ids.length);
    const crossRiver = rows.find((row) => row.zh === '跨江融合');
    expect(crossRiver?.en).toMatch(/cross-river integration/i);
    expect(crossRiver?.pinyin).toBe('kuà jiāng róng hé');
    expect(crossRiver!.count).toBeGreaterThanOrEqual(10);
    expect(rows.find((row) => row.zh === '项目为王')?.en).toBeTruthy();
    const text = await popup.text();
    expect(text).toContain(`${ids.length} distinct key terms`);
    expect(text).toMatch(/Leading terms|跨江融合/);
    await popup.page.close();
    await page.close();
  });

  it('hides and shows the English glosses with the "English" switch', async () => {
    const { page, popup } = await openSeed();
    const glossed = 'cr-term[data-cr-gloss]';
    expect(await glossOf(page, glossed)).not.toBe('none');
    expect(await popup.isOn('English')).toBe(true);
    await popup.toggle('English');
    await expect.poll(() => glossOf(page, glossed)).toBe('none');
    await popup.toggle('English');
    await expect.poll(() => glossOf(page, glossed)).not.toBe('none');
    await popup.page.close();
    await page.close();
  });

  it('restores the article byte for byte when annotations are switched off, and brings them back on', async () => {
    const { page, popup } = await openSeed();
    const pristineArticle = await pristineInnerHtml(page, ARTICLE);
    const pristineBody = await pristineInnerHtml(page, 'body');
    const annotated = await page.locator(`${ARTICLE} cr-term`).count();
    expect(await page.locator(ARTICLE).innerHTML()).not.toBe(pristineArticle);

    await popup.toggle('Annotations');
    await expect.poll(() => page.locator('cr-term').count()).toBe(0);
    expect(await page.locator(ARTICLE).innerHTML()).toBe(pristineArticle);
    expect(await page.locator('body').innerHTML()).toBe(pristineBody);

    await popup.toggle('Annotations');
    await expect.poll(() => page.locator(`${ARTICLE} cr-term`).count()).toBe(annotated);
    await popup.page.close();
    await page.close();
  });
});

describe('the seed article on its own news site', () => {
  // www.163.com is one of the Chinese news sites for which the annotator is declared as the
  // content script; every request to it is answered from the fixture, with no network.
  const SITE_URL = 'http://www.163.com/news/seed.html';

  it('is annotated by the declared annotator alone, and the popup and the switches work there', async () => {
    await browser.context.route('http://www.163.com/**', (route) =>
      route.fulfill({ path: join(FIXTURES_DIR, 'seed-163.html'), contentType: 'text/html' }),
    );
    const page = await browser.context.newPage();
    await page.goto(SITE_URL);
    await waitForAnnotations(page);
    const { uncovered } = await termCoverage(page, ARTICLE, SEED_TERMS);
    expect(Object.entries(uncovered).filter(([, count]) => count > 0)).toEqual([]);

    const tabId = await browser.tabIdOf(SITE_URL);
    const timings = await browser.worker.evaluate(async (tab) => {
      type Tabs = { sendMessage(tab: number, message: unknown, options: object): Promise<unknown> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      return (await tabs.sendMessage(
        tab,
        { crossriver: 1, name: 'getPageTimings', params: {} },
        { frameId: 0 },
      )) as PageTimings;
    }, tabId);
    // No eager script ran on the site: the annotator answered, and had started by itself.
    expect(timings.eager).toBeNull();
    expect(timings.done).toBeGreaterThan(timings.annotatorStart!);

    const popup = new PopupPage(await browser.openPopup(tabId));
    await popup.waitForGlossary();
    await expect
      .poll(() => popup.title().innerText())
      .toBe('无锡党政代表团南通泰州行：从“隔江相望”走向“跨江融合”');
    const pristineArticle = await pristineInnerHtml(page, ARTICLE);
    await popup.toggle('Annotations');
    await expect.poll(() => page.locator('cr-term').count()).toBe(0);
    expect(await page.locator(ARTICLE).innerHTML()).toBe(pristineArticle);
    await popup.toggle('Annotations');
    await waitForAnnotations(page);
    await popup.page.close();
    await page.close();
    await browser.context.unroute('http://www.163.com/**');
  });
});

describe('the term index', () => {
  it('is fetched through the background when storage has lost its copy, and stored again', async () => {
    const storedKeys = () =>
      browser.worker.evaluate(async () => {
        type Local = {
          get(keys: null): Promise<Record<string, unknown>>;
          remove(key: string): Promise<void>;
        };
        const { storage } = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
        return Object.keys(await storage.local.get(null));
      });
    // The copy the background made when the extension was installed.
    await expect.poll(storedKeys).toContain('termIndex');
    await browser.worker.evaluate(async () => {
      type Local = { remove(key: string): Promise<void> };
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
      await storage.local.remove('termIndex');
    });
    expect(await storedKeys()).not.toContain('termIndex');
    const { page, popup } = await openSeed();
    const { uncovered } = await termCoverage(page, ARTICLE, SEED_TERMS);
    expect(Object.entries(uncovered).filter(([, count]) => count > 0)).toEqual([]);
    expect(await storedKeys()).toContain('termIndex');
    await popup.page.close();
    await page.close();
  });
});

describe('pages that must not be annotated', () => {
  it('leaves a page without Chinese alone, and the popup says why', async () => {
    const url = server.url('english.html');
    const page = await browser.context.newPage();
    await page.goto(url);
    const before = await page.content();
    const popup = new PopupPage(await browser.openPopup(await browser.tabIdOf(url)));
    await expect.poll(() => popup.text()).toContain('no Chinese text');
    expect(await page.locator('cr-term').count()).toBe(0);
    expect(await page.content()).toBe(before);
    await popup.page.close();
    await page.close();
  });

  it('never touches a textarea, an input or a contenteditable region inside the article', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('editable.html'));
    await waitForAnnotations(page);
    expect(await page.locator('#content > p cr-term').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('#editor cr-term').count()).toBe(0);
    expect(await page.locator('#editor').innerHTML()).toBe(
      '<p>这里可以编辑：产业链和供应链，高质量发展。</p>',
    );
    expect(await page.locator('#note').inputValue()).toBe('项目为王与跨江融合都在这段文字里');
    expect(await page.locator('#field').inputValue()).toBe('高质量发展');
    await page.close();
  });
});

describe('settings', () => {
  it('persist across pages and across a restart of the browser', async () => {
    const { page, popup } = await openSeed();
    await popup.toggle('English');
    await popup.language('中文').check();
    await expect.poll(() => popup.text()).toContain('词表');
    await popup.page.close();
    await page.close();

    // Another page in the same browser follows the settings.
    const other = await browser.context.newPage();
    await other.goto(server.url('editable.html'));
    await waitForAnnotations(other);
    expect(await glossOf(other, 'cr-term[data-cr-gloss]')).toBe('none');
    await other.close();

    // A new browser on the same profile keeps them too.
    const profileDir = browser.profileDir;
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension({ profileDir });
    const again = await openSeed();
    expect(await glossOf(again.page, 'cr-term[data-cr-gloss]')).toBe('none');
    await expect.poll(() => again.popup.text()).toContain('词表');
    expect(await again.popup.switch('英文释义').getAttribute('aria-checked')).toBe('false');

    await again.popup.language('English').check();
    await again.popup.toggle('English');
    await again.popup.page.close();
    await again.page.close();
  });
});
