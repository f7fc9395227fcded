import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES_DIR,
  launchWithExtension,
  serveFolder,
  type ExtensionBrowser,
  type FixtureServer,
} from '../../scripts/lib/browser';
import { createI18n, loadGlossary } from '../../src/i18n';
import type { MessageName, MessageParams, MessageResult } from '../../src/messaging';
import { pristineInnerHtml, termCoverage, waitForAnnotations } from './pages/article-page';
import { PopupPage } from './pages/popup-page';
import { MARK_LIMIT } from '../../src/page/session';
import { contrast, readCard } from './pages/term-card';

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

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForAnnotations(page);
  return page;
}

async function openPopup(page: Page): Promise<PopupPage> {
  return new PopupPage(await browser.openPopup(await browser.tabIdOf(page.url())));
}

/** Sets the annotations setting from the service worker, as the popup's switch does. */
async function setAnnotations(values: boolean[]): Promise<void> {
  await browser.worker.evaluate(async (list: boolean[]) => {
    type Storage = { set(items: object): Promise<void> };
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: Storage } } }).chrome;
    // Every change at once, none awaited before the next is asked for.
    await Promise.all(list.map((annotationsEnabled) => storage.local.set({ annotationsEnabled })));
  }, values);
}

/** Waits until the hostile page's script has stopped rewriting its article, and a moment more. */
async function waitForHostileScript(page: Page): Promise<void> {
  if (!page.url().endsWith('hostile.html')) return;
  await page.waitForFunction(() => (window as unknown as { hostileDone?: boolean }).hostileDone === true);
  await page.waitForTimeout(300);
}

/** Asks the content script of the tab showing `page` a protocol question, as the popup does. */
async function ask<N extends MessageName>(
  page: Page,
  name: N,
  params: MessageParams<N>,
): Promise<MessageResult<N>> {
  const tabId = await browser.tabIdOf(page.url());
  return (await browser.worker.evaluate(
    async ([tab, message]) => {
      type Tabs = { sendMessage(tab: number, message: unknown, options: object): Promise<unknown> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      return tabs.sendMessage(tab, message, { frameId: 0 });
    },
    [tabId, { crossriver: 1, name, params }] as const,
  )) as MessageResult<N>;
}

const count = (page: Page, selector = 'cr-term') => page.locator(selector).count();
const nested = (page: Page) => page.locator('cr-term cr-term').count();

describe('undo in Chromium, with the "Annotations" switch', () => {
  it.each([['seed-163.html'], ['article/netease-dy.html'], ['traditional.html']])(
    'puts back the body of %s byte for byte, and annotates it again',
    async (path) => {
      const page = await open(path);
      const popup = await openPopup(page);
      const pristine = await pristineInnerHtml(page, 'body');
      await expect.poll(() => popup.isOn('Annotations')).toBe(true);
      const annotated = await count(page);
      expect(annotated).toBeGreaterThanOrEqual(3);
      expect(await page.locator('body').innerHTML()).not.toBe(pristine);

      await popup.toggle('Annotations');
      await expect.poll(() => count(page)).toBe(0);
      expect(await page.locator('body').innerHTML()).toBe(pristine);

      await popup.toggle('Annotations');
      await expect.poll(() => count(page)).toBe(annotated);
      expect(await nested(page)).toBe(0);
      await popup.page.close();
      await page.close();
    },
  );
});

describe('re-entrant in Chromium', () => {
  it('ends as it started after twenty quick switches from the service worker', async () => {
    const page = await open('seed-163.html');
    const pristine = await pristineInnerHtml(page, 'body');
    const annotated = await count(page);
    const html = await page.locator('body').innerHTML();

    await setAnnotations(Array.from({ length: 20 }, (_, i) => i % 2 === 1));
    await expect.poll(() => page.locator('body').innerHTML()).toBe(html);
    await page.waitForTimeout(400);
    expect(await count(page)).toBe(annotated);
    expect(await nested(page)).toBe(0);

    await setAnnotations(Array.from({ length: 21 }, (_, i) => i % 2 === 1));
    await expect.poll(() => count(page)).toBe(0);
    expect(await page.locator('body').innerHTML()).toBe(pristine);
    await setAnnotations([true]);
    await expect.poll(() => count(page)).toBe(annotated);
    await page.close();
  });

  it('annotates content the page adds within 500 ms, and none while switched off', async () => {
    const page = await open('seed-163.html');
    const append = (id: string) =>
      page.evaluate((paragraphId) => {
        const p = document.createElement('p');
        p.id = paragraphId;
        p.textContent = '新加载的段落：坚持项目为王，推动跨江融合发展和长三角一体化。';
        document.querySelector('.post_body')!.append(p);
        return performance.now();
      }, id);
    await append('later');
    await expect.poll(() => count(page, '#later cr-term'), { timeout: 500, interval: 20 }).toBe(3);
    await page.waitForTimeout(300);
    expect(await count(page, '#later cr-term')).toBe(3);
    expect(await nested(page)).toBe(0);

    await setAnnotations([false]);
    await expect.poll(() => count(page)).toBe(0);
    await append('while-off');
    await page.waitForTimeout(400);
    expect(await count(page)).toBe(0);
    await setAnnotations([true]);
    await expect.poll(() => count(page, '#while-off cr-term')).toBe(3);
    expect(await count(page, '#later cr-term')).toBe(3);
    await page.close();
  });
});

describe('the term card in Chromium', () => {
  /** Tabs through the page until a term has the focus; the number of presses it took. */
  async function tabToTerm(page: Page): Promise<number> {
    for (let presses = 1; presses <= 40; presses++) {
      await page.keyboard.press('Tab');
      const isTerm = await page.evaluate(() => document.activeElement?.tagName === 'CR-TERM');
      if (isTerm) return presses;
    }
    throw new Error('no term took the focus after 40 presses of Tab');
  }

  it.each([
    ['light', 'seed-163.html'],
    ['dark', 'seed-163.html'],
    ['dark', 'hostile.html'],
  ] as const)('is reachable with Tab, isolated and readable (%s scheme, %s)', async (scheme, path) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.url(path));
    await waitForAnnotations(page);
    await waitForHostileScript(page);
    expect(await readCard(page)).toBeNull();
    await tabToTerm(page);
    const id = await page.evaluate(() => document.activeElement!.getAttribute('data-cr-term')!);
    await expect.poll(async () => (await readCard(page))?.isShown).toBe(true);
    const card = (await readCard(page))!;
    expect(card.shadowRootType).toBe('closed');
    expect(card.hostDisplay).not.toBe('none');
    expect(card.width).toBeGreaterThan(100);
    expect(card.zh).toBe(glossary.byId.get(id)!.zh);
    expect(card.en).toBe(glossary.byId.get(id)!.en);
    // Light text on a dark card in the dark scheme, dark on light otherwise; every part legible.
    const isDarkCard =
      contrast(card.background, 'rgb(0, 0, 0)') < contrast(card.background, 'rgb(255, 255, 255)');
    expect(isDarkCard).toBe(scheme === 'dark');
    for (const [part, color] of Object.entries(card.parts)) {
      expect(
        contrast(color, card.background),
        `${part} ${color} on ${card.background}`,
      ).toBeGreaterThanOrEqual(4.5);
    }
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(page))?.isShown).toBe(false);
    await page.close();
  });
});

describe('a hostile page', () => {
  it('keeps working, takes no instruction from the page, and leaves nothing behind', async () => {
    const page = await open('hostile.html');
    await waitForHostileScript(page);
    // The page's last rewrite is annotated within the settle time.
    const terms = ['项目为王', '跨江融合发展', '产业链', '长三角一体化', '乡村振兴'];
    await expect
      .poll(async () =>
        Object.values((await termCoverage(page, '#content', terms)).uncovered).every((n) => n === 0),
      )
      .toBe(true);
    const { occurrences } = await termCoverage(page, '#content', terms);
    for (const term of terms) expect(occurrences[term], term).toBeGreaterThan(0);
    expect(await nested(page)).toBe(0);

    // Terms stay visible and styled as ours, with their glosses, whatever the page's CSS says.
    const looks = await page.locator('#content cr-term[data-cr-gloss]').evaluateAll((nodes) =>
      nodes.map((node) => {
        const style = getComputedStyle(node);
        const parent = getComputedStyle(node.parentElement!);
        const after = getComputedStyle(node, '::after');
        return {
          id: node.getAttribute('data-cr-term'),
          isVisible: style.display === 'inline' && style.visibility === 'visible' && style.opacity === '1',
          isPageColor: style.color === parent.color && style.fontSize === parent.fontSize,
          gloss: after.content,
          glossColor: after.color,
        };
      }),
    );
    expect(looks.length).toBeGreaterThanOrEqual(8);
    for (const look of looks) {
      expect(look.isVisible, look.id!).toBe(true);
      expect(look.isPageColor, look.id!).toBe(true);
      expect(look.gloss).toBe(JSON.stringify(glossary.byId.get(look.id!)!.gloss));
      expect(contrast(look.glossColor, 'rgb(18, 20, 23)')).toBeGreaterThanOrEqual(4.5);
    }

    // The popup shows the real glossary, not the state the page planted.
    const popup = await openPopup(page);
    await popup.waitForGlossary();
    const rows = await popup.glossary();
    expect(rows.find((row) => row.zh === '跨江融合')?.en).toMatch(/cross-river integration/i);
    expect(await popup.text()).not.toContain('hijacked');

    // No answer to the page's messages, no scrolling on its say-so.
    const heard = await page.evaluate(() => ({
      replies: (window as unknown as { hostileReplies: { type?: string }[] }).hostileReplies,
      scrollY: window.scrollY,
    }));
    // WXT's content-script context announces itself once on the window; nothing else is said.
    expect(heard.replies.filter((reply) => !reply?.type?.endsWith(':wxt:content-script-started'))).toEqual(
      [],
    );
    expect(heard.replies.length).toBeLessThanOrEqual(1);
    expect(heard.scrollY).toBe(0);

    const text = await page.locator('body').evaluate((node) => node.textContent);
    await popup.toggle('Annotations');
    await expect.poll(() => count(page)).toBe(0);
    expect(await page.locator('body').evaluate((node) => node.textContent)).toBe(text);
    await popup.toggle('Annotations');
    await expect.poll(() => count(page, '#content cr-term')).toBeGreaterThanOrEqual(looks.length);
    await popup.page.close();
    await page.close();
  });
});

describe('a huge page in Chromium', () => {
  // The seed page with 1,100 long paragraphs more: 5 MB of text and 22,000 term occurrences.
  function hugePage(): string {
    const pool =
      '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';
    let seed = 7;
    const nextChar = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return pool[(seed >>> 8) % pool.length];
    };
    const sentence = '坚持项目为王，推动跨江融合发展，强化产业链供应链协同，实现高质量发展。';
    const paragraph = () =>
      Array.from({ length: 4 }, () => Array.from({ length: 360 }, nextChar).join('') + '。' + sentence).join(
        '',
      );
    const seedHtml = readFileSync(join(FIXTURES_DIR, 'seed-163.html'), 'utf8');
    const at = seedHtml.indexOf('</p>', seedHtml.indexOf('class="post_body"')) + 4;
    const extra = Array.from({ length: 1_100 }, () => `<p>${paragraph()}</p>`).join('\n');
    // The page keeps a heartbeat: a timer that notes when it ran, to see whether the page froze.
    const heartbeat = `<script>
      window.heartbeat = [];
      setInterval(() => window.heartbeat.push(performance.now()), 10);
    </script>`;
    return seedHtml.slice(0, at) + extra + seedHtml.slice(at).replace('</body>', `${heartbeat}</body>`);
  }

  it('is annotated up to the cap in short slices, and the popup says how many were left', async () => {
    const body = hugePage();
    expect(Buffer.byteLength(body)).toBeGreaterThan(5_000_000);
    const url = server.url('huge.html');
    await browser.context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body }),
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForAnnotations(page);
    await expect
      .poll(
        async () => {
          const state = await ask(page, 'getPageState', {});
          return state.status === 'article' && state.isComplete;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    const state = await ask(page, 'getPageState', {});
    if (state.status !== 'article') throw new Error(state.status);
    expect(state.unmarked).toBeGreaterThan(2_000);
    const marked = state.terms.reduce((sum, term) => sum + term.count, 0) - state.unmarked;
    expect(marked).toBeGreaterThanOrEqual(MARK_LIMIT);
    expect(marked).toBeLessThan(MARK_LIMIT + 25);
    expect(await count(page, 'cr-term[data-cr-gloss]')).toBe(marked);

    // Our own work comes in short slices, and the page's timers keep running between them.
    const timings = await ask(page, 'getPageTimings', {});
    expect(timings.slices).toBeGreaterThan(20);
    expect(timings.longestSlice).toBeLessThan(50);
    // Finding the article on 5 MB of text pauses as well: no step of the annotator is a long task.
    expect(timings.longestBlock).toBeLessThan(50);
    const ticks = await page.evaluate(() => (window as unknown as { heartbeat: number[] }).heartbeat);
    const during = ticks.filter((at) => at > timings.articleFound! && at < timings.done!);
    const gaps = during.slice(1).map((at, i) => at - during[i]!);
    console.log(
      `huge page: ${timings.slices} slices, longest ${timings.longestSlice.toFixed(1)} ms; longest block ` +
        `${timings.longestBlock.toFixed(1)} ms; ` +
        `annotated in ${(timings.done! - timings.articleFound!).toFixed(0)} ms, during which the page's ` +
        `timer ran ${during.length} times, longest gap ${Math.max(...gaps).toFixed(0)} ms, ` +
        `mean ${((during.at(-1)! - during[0]!) / (during.length - 1)).toFixed(0)} ms`,
    );
    // Before slices were bounded by the text they change, the page ran once every 140 ms or so.
    const meanGap = (during.at(-1)! - during[0]!) / (during.length - 1);
    expect(during.length).toBeGreaterThan(50);
    expect(meanGap).toBeLessThan(110);

    const popup = await openPopup(page);
    await expect.poll(() => popup.text()).toContain('left unmarked');
    expect((await popup.text()).replace(/[,\s]/g, '')).toContain(`${state.unmarked}moreoccurrences`);
    await popup.page.close();
    await page.close();
  }, 90_000);
});
