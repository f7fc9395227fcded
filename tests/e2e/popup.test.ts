import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  serveFolder,
  type ExtensionBrowser,
  type FixtureServer,
} from '../../scripts/lib/browser';
import { createI18n, loadGlossary } from '../../src/i18n';
import { glossOf, waitForAnnotations } from './pages/article-page';
import { PopupPage } from './pages/popup-page';

let server: FixtureServer;
let browser: ExtensionBrowser;
const SHOTS = 'demo-output';
const crossRiver = loadGlossary(createI18n('en')).byId.get('cross-river-integration')!;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Puts every setting back to its default, so each test starts from a fresh install. */
async function resetSettings() {
  await browser.worker.evaluate(async () => {
    type Local = { clear(): Promise<void> };
    await (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.clear();
  });
}

/** Opens a fixture and its popup; waits for `annotations` (default), the page's `load`, or nothing. */
async function open(
  path: string,
  options: { wait?: 'annotations' | 'load' | 'commit'; colorScheme?: 'light' | 'dark' } = {},
) {
  await resetSettings();
  const url = server.url(path);
  const page = await browser.context.newPage();
  const wait = options.wait ?? 'annotations';
  await page.goto(url, { waitUntil: wait === 'commit' ? 'commit' : 'load' });
  if (wait === 'annotations') await waitForAnnotations(page);
  const popup = new PopupPage(await browser.openPopup(await browser.tabIdOf(url), options));
  return {
    page,
    popup,
    close: async () => {
      await popup.page.close();
      await page.close();
    },
  };
}

describe('the popup on the seed article', () => {
  it('shows the header, an English summary with themes and key sentences, and the glossary', async () => {
    const { popup, close } = await open('seed-163.html');
    await popup.waitForGlossary();
    const text = await popup.text();
    expect(text).toContain('新华日报 · 2020-09-28 10:31');
    expect(text).toMatch(/[\d,]+ characters · about \d+ min to read/);
    expect(text).toMatch(/Themes: Regional development/);
    const leading = popup.page.getByRole('list', { name: 'Leading terms' }).getByRole('listitem');
    expect(await leading.count()).toBe(5);
    expect(await leading.first().innerText()).toContain('跨江融合 cross-river integration');
    const sentences = popup.page.getByRole('list', { name: 'Key sentences' }).getByRole('link');
    expect(await sentences.count()).toBe(3);
    expect(await sentences.first().innerText()).toMatch(/\(.+\)/);
    await close();
  });

  it('orders the glossary by appearance or by count, filters it, and expands a row', async () => {
    const { popup, close } = await open('seed-163.html');
    await popup.waitForGlossary();
    const byAppearance = await popup.glossary();
    expect(byAppearance[0]!.zh).toBe('市委书记');
    await popup.page.getByRole('radio', { name: 'By count' }).check();
    const byCount = await popup.glossary();
    expect(byCount.map((row) => row.count)).toEqual(
      [...byCount.map((row) => row.count)].sort((a, b) => b - a),
    );
    expect(byCount).toHaveLength(byAppearance.length);

    await popup.filter().fill('kuajiang');
    expect((await popup.glossary()).map((row) => row.zh)).toEqual(['跨江融合']);
    await popup.filter().fill('river');
    expect((await popup.glossary()).every((row) => /river/i.test(row.en))).toBe(true);
    await popup.filter().fill('不存在的词');
    expect(await popup.glossary()).toEqual([]);
    expect(await popup.text()).toContain('No term matches “不存在的词”.');
    await popup.filter().fill('');

    const expand = popup.button('Details of 跨江融合');
    await expand.click();
    expect(await expand.getAttribute('aria-expanded')).toBe('true');
    const details = popup.page.locator('tr.details');
    expect(await details.innerText()).toMatch(/Also rendered|Related|Category/);
    await expand.press('Enter');
    expect(await expand.getAttribute('aria-expanded')).toBe('false');
    await close();
  });

  it('scrolls the page to a term and to a key sentence, and flashes them', async () => {
    const { page, popup, close } = await open('seed-163.html');
    await popup.waitForGlossary();
    const flashed = () => page.evaluate(() => CSS.highlights.has('crossriver-flash'));
    await popup.button('Show 同比增长 in the page').click();
    await expect.poll(flashed).toBe(true);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(flashed, { timeout: 4000 }).toBe(false);
    await popup.page.getByRole('list', { name: 'Key sentences' }).getByRole('link').last().click();
    await expect.poll(flashed).toBe(true);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
    await close();
  });

  it('switches the inline display between English, pinyin, both and underline only', async () => {
    const { page, popup, close } = await open('seed-163.html');
    await popup.waitForGlossary();
    const gloss = () => glossOf(page, 'cr-term[data-cr-term="cross-river-integration"][data-cr-gloss]');
    await expect.poll(gloss).toBe(`"${crossRiver.gloss}"`);
    await popup.toggle('Pinyin');
    await expect.poll(gloss).toBe(`"kuà jiāng róng hé · ${crossRiver.gloss}"`);
    await popup.toggle('English');
    await expect.poll(gloss).toBe('"kuà jiāng róng hé"');
    await popup.toggle('Pinyin');
    await expect.poll(gloss).toBe('none');
    expect(await page.locator('cr-term').count()).toBeGreaterThan(100);
    await popup.toggle('English');
    await expect.poll(gloss).toBe(`"${crossRiver.gloss}"`);
    await close();
  });

  it('never annotates a site once told so, until told otherwise', async () => {
    const { page, popup, close } = await open('seed-163.html');
    await popup.waitForGlossary();
    await popup.neverHere().check();
    await expect.poll(() => page.locator('cr-term').count()).toBe(0);
    const other = await browser.context.newPage();
    await other.goto(server.url('editable.html'));
    await other.waitForTimeout(1500);
    expect(await other.locator('cr-term').count()).toBe(0);
    await popup.neverHere().uncheck();
    await expect.poll(() => page.locator('cr-term').count()).toBeGreaterThan(100);
    await expect.poll(() => other.locator('cr-term').count()).toBeGreaterThan(5);
    await other.close();
    await close();
  });

  it('exports the glossary as Markdown, CSV and an Anki file', async () => {
    const { popup, close } = await open('seed-163.html');
    await popup.waitForGlossary();
    const rows = await popup.glossary();

    // Headless Chromium grants no clipboard to extension pages: keep what the popup writes.
    await popup.page.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      navigator.clipboard.writeText = async (text: string) => {
        copied.push(text);
      };
    });
    await popup.button('Copy as Markdown').click();
    await expect.poll(() => popup.text()).toContain('Copied the glossary as Markdown.');
    const markdown = await popup.page.evaluate(() => (window as unknown as { copied: string[] }).copied[0]!);
    expect(markdown).toContain('# Glossary: 无锡党政代表团南通泰州行');
    expect(markdown).toContain('| 跨江融合 | kuà jiāng róng hé | cross-river integration |');

    const [csvDownload] = await Promise.all([
      popup.page.waitForEvent('download'),
      popup.button('Download CSV').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/glossary\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(rows.length + 1);

    const [ankiDownload] = await Promise.all([
      popup.page.waitForEvent('download'),
      popup.button('Download for Anki').click(),
    ]);
    const anki = readFileSync((await ankiDownload.path())!, 'utf8')
      .trimEnd()
      .split('\n');
    expect(anki.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(anki).toHaveLength(rows.length + 3);
    expect(anki[3]!.split('\t')[2]).toBe('crossriver crossriver::新华日报');
    await close();
  });

  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
  ] as const)('has no serious accessibility violation in %s, %s theme', async (language, colorScheme) => {
    const { popup, close } = await open('seed-163.html', { colorScheme });
    await popup.waitForGlossary();
    if (language === 'zh-CN') {
      await popup.language('中文').check();
      await expect.poll(() => popup.text()).toContain('词表');
    }
    expect(await popup.accessibilityViolations()).toEqual([]);
    await popup.page.screenshot({ path: `${SHOTS}/popup-${language}-${colorScheme}.png` });
    if (language === 'zh-CN') await popup.language('English').check();
    await close();
  });

  it('is operable by keyboard alone, with focus visible', async () => {
    const { popup, close } = await open('seed-163.html');
    await popup.waitForGlossary();
    const focusedName = () =>
      popup.page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return active
          ? `${active.getAttribute('role') ?? active.tagName.toLowerCase()}:${active.textContent?.trim()}`
          : '';
      });
    const seen = new Set<string>();
    for (let step = 0; step < 200 && !seen.has('switch:Annotations'); step++) {
      await popup.page.keyboard.press('Tab');
      seen.add(await focusedName());
      const outline = await popup.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline, await focusedName()).not.toBe('none');
    }
    expect(seen.has('switch:Annotations')).toBe(true);
    await popup.page.keyboard.press('Space');
    await expect.poll(() => popup.isOn('Annotations')).toBe(false);
    await popup.page.keyboard.press('Space');
    await expect.poll(() => popup.isOn('Annotations')).toBe(true);
    await close();
  });
});

describe('the popup in every other state', () => {
  it('says the page is loading while it loads, and nothing moves when the data arrives', async () => {
    const { popup, close } = await open('seed-163.html?hold=4000', { wait: 'commit' });
    await expect.poll(() => popup.status().innerText()).toBe('Reading the page…');
    const settingsTop = () =>
      popup.page.locator('section.settings').evaluate((node) => node.getBoundingClientRect().top);
    const whileLoading = await settingsTop();
    await popup.waitForGlossary();
    expect(await settingsTop()).toBe(whileLoading);
    await close();
  });

  it('says a page has no Chinese', async () => {
    const { popup, close } = await open('english.html', { wait: 'load' });
    await expect.poll(() => popup.text()).toContain('This page has no Chinese text');
    await close();
  });

  it('says a list page is not an article, and annotates it whole on request', async () => {
    const { page, popup, close } = await open('article/list.html', { wait: 'load' });
    await expect.poll(() => popup.text()).toMatch(/not an article: it looks like a list page/);
    expect(await page.locator('cr-term').count()).toBe(0);
    await popup.button('Annotate the whole page').click();
    await expect.poll(() => popup.text()).toContain('Annotating the whole page');
    await expect.poll(() => page.locator('cr-term').count()).toBeGreaterThan(0);
    await close();
  });

  it('says the browser does not let it read a browser page', async () => {
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    const tabId = await browser.tabIdOf('about:blank');
    const popup = new PopupPage(await browser.openPopup(tabId));
    await expect.poll(() => popup.text()).toContain('The browser does not let extensions read this page');
    await popup.page.close();
    await page.close();
  });

  it('finds a WeChat article that its own script shows 300 ms after load', async () => {
    const { page, popup, close } = await open('wechat-delayed.html');
    await waitForAnnotations(page);
    expect(await page.locator('#js_content cr-term').count()).toBeGreaterThan(2);
    await popup.waitForGlossary();
    await expect.poll(() => popup.title().innerText()).toBe('新质生产力在县域如何落地');
    await close();
  });
});
