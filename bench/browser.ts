import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  FIXTURES_DIR,
  ROOT,
  findChromium,
  launchWithExtension,
  serveFolder,
  type ExtensionBrowser,
} from '../scripts/lib/browser';
import { EAGER_SLOT, type EagerRecord } from '../src/eager-record';
import type { PageTimings } from '../src/messaging';
import { englishNewsPage } from './lib/english-page';
import { markingFloorScript, type FloorForm } from './lib/marking-floor';
import { machineLine, median, table, writeSection } from './lib/report';

// `npm run bench:browser [-- --write --loads N]`: the built extension in Chromium. Time from
// the content script's start to annotations done on the seed page and on a page twenty times
// as long, with Readability's parse of the same page in the same run for scale; the longest
// slice of annotator work and the page's long tasks; the content script's own time and eager
// size on a page without Chinese; the heap the extension adds on the seed page.

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    loads: { type: 'string', default: '7' },
    build: { type: 'boolean', default: true },
    'no-build': { type: 'boolean', default: false },
  },
});
const LOADS = Number(values.loads);
const LONG_FACTOR = 20;

if (values.build && !values['no-build']) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('wxt build failed');
}

/** The seed fixture with its article body repeated `times` times. */
function longSeed(times: number): string {
  const html = readFileSync(join(FIXTURES_DIR, 'seed-163.html'), 'utf8');
  const open = '<div class="post_body">';
  const start = html.indexOf(open) + open.length;
  const end = html.indexOf('</div>', start);
  const body = html.slice(start, end);
  // Each copy's paragraphs carry their copy's number, so no paragraph repeats another word for word.
  const copies = Array.from({ length: times }, (_, copy) => body.replace(/<p>/g, `<p>（${copy + 1}）`));
  return html.slice(0, start) + copies.join('') + html.slice(end);
}

const folder = mkdtempSync(join(tmpdir(), 'crossriver-bench-'));
copyFileSync(join(FIXTURES_DIR, 'seed-163.html'), join(folder, 'seed.html'));
copyFileSync(join(FIXTURES_DIR, 'english.html'), join(folder, 'english.html'));
writeFileSync(join(folder, 'long.html'), longSeed(LONG_FACTOR));
writeFileSync(join(folder, 'english-news.html'), englishNewsPage());
const readabilitySource = readFileSync(
  join(ROOT, 'node_modules/@mozilla/readability/Readability.js'),
  'utf8',
);
const server = await serveFolder(folder);
// The seed article's own site, where the annotator is declared as the content script. The
// browser asks the network for nothing: every request to the site is answered from the folder.
const SITE = 'http://www.163.com';

async function timingsOf(browser: ExtensionBrowser, url: string): Promise<PageTimings> {
  const tabId = await browser.tabIdOf(url);
  return browser.worker.evaluate(
    async ([id]) => {
      type Tabs = { sendMessage(tab: number, message: object, options: object): Promise<unknown> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      return (await tabs.sendMessage(
        id,
        { crossriver: 1, name: 'getPageTimings', params: {} },
        { frameId: 0 },
      )) as never;
    },
    [tabId] as const,
  );
}

/** What the eager script left in the extension's world of a page without Chinese, once it has run. */
async function eagerRecordOf(browser: ExtensionBrowser, url: string): Promise<EagerRecord> {
  const tabId = await browser.tabIdOf(url);
  for (let attempt = 0; attempt < 200; attempt++) {
    const record = await browser.worker.evaluate(
      async ([id, slot]) => {
        type Scripting = {
          executeScript(details: object): Promise<{ result?: unknown }[]>;
        };
        const { scripting } = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome;
        const [injected] = await scripting.executeScript({
          target: { tabId: id, frameIds: [0] },
          // Taken out of an array so that tsx names no function here: the page has no __name.
          func: [(name: string) => (globalThis as Record<string, unknown>)[name] ?? null][0],
          args: [slot],
        });
        return (injected?.result ?? null) as EagerRecord | null;
      },
      [tabId, EAGER_SLOT] as const,
    );
    if (record) return record;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the eager script never ran on ${url}`);
}

async function waitForDone(browser: ExtensionBrowser, url: string): Promise<PageTimings> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const timings = await timingsOf(browser, url).catch(() => null);
    if (timings?.done) return timings;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`annotations never finished on ${url}`);
}

/**
 * Readability's parse of a fresh copy of the page, in the page: its first parse, as a reader
 * view that parses once pays it, and the median of five, with its code warmed up.
 */
async function readabilityMs(page: Page): Promise<{ first: number; median: number }> {
  await page.addScriptTag({ content: readabilitySource });
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const samples: number[] = [];
    for (let run = 0; run < 5; run++) {
      const copy = new DOMParser().parseFromString(html, 'text/html');
      const start = performance.now();
      new (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability(
        copy,
      ).parse();
      samples.push(performance.now() - start);
    }
    return { first: samples[0]!, median: [...samples].sort((a, b) => a - b)[2]! };
  });
}

/**
 * How long the browser takes to compile the extension's `file` before its first statement runs,
 * from a trace of one load of `url` (v8.compile events), once `ready` says the script has run. No
 * script can time this itself, and a trace slows the page, so it is measured in loads of its own.
 */
async function compileMs(
  browser: ExtensionBrowser,
  url: string,
  file: string,
  ready: () => Promise<unknown>,
): Promise<number> {
  const page = await browser.context.newPage();
  const session = await page.context().newCDPSession(page);
  const events: { name: string; dur?: number; args?: { data?: { url?: string }; fileName?: string } }[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
  const ended = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.start', { categories: 'v8,devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url);
  await ready();
  await session.send('Tracing.end');
  await ended;
  await page.close();
  const compiles = events.filter(
    (event) =>
      event.name === 'v8.compile' &&
      (event.args?.data?.url ?? event.args?.fileName ?? '').endsWith(`/${file}`),
  );
  if (compiles.length === 0) throw new Error(`no compile of ${file} in the trace of ${url}`);
  return compiles.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
}

/** Answers every request to the seed article's site from the folder. */
async function serveSite(browser: ExtensionBrowser): Promise<void> {
  await browser.context.route(`${SITE}/**`, (route) => {
    const file = join(folder, new URL(route.request().url()).pathname);
    return route.fulfill({ path: file, contentType: 'text/html' });
  });
}

/**
 * An extension of its own whose one content script, floor.js, is `script`, declared for `matches`
 * at `runAt`: a floor to set beside one of Crossriver's content scripts. Returns its folder.
 */
function writeFloorExtension(name: string, matches: string[], runAt: string, script: string): string {
  const dir = join(folder, name.replace(/ /g, '-'));
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1',
      background: { service_worker: 'background.js' },
      permissions: ['scripting', 'tabs'],
      host_permissions: ['<all_urls>'],
      content_scripts: [{ matches, js: ['floor.js'], run_at: runAt }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'floor.js'), script);
  return dir;
}

const browser = await launchWithExtension();
await serveSite(browser);
const rows: (string | number)[][] = [];
const results: Record<string, { total: number; annotator: number; readability: number }> = {};
const compileTimes: number[] = [];
for (let load = 0; load < LOADS; load++) {
  const url = `${SITE}/seed.html?compile=${load}`;
  compileTimes.push(await compileMs(browser, url, 'annotator.js', () => waitForDone(browser, url)));
}
const annotatorCompile = median(compileTimes);
const RUNS = [
  { key: 'seed', name: 'seed', label: 'seed page, on its site', onSite: true },
  { key: 'long', name: 'long', label: `seed × ${LONG_FACTOR}, on its site`, onSite: true },
  { key: 'seed-elsewhere', name: 'seed', label: 'seed page, elsewhere', onSite: false },
  { key: 'long-elsewhere', name: 'long', label: `seed × ${LONG_FACTOR}, elsewhere`, onSite: false },
];
for (const { key, name, label, onSite } of RUNS) {
  const totals: number[] = [];
  const fromLoaded: number[] = [];
  const annotatorTimes: number[] = [];
  const readabilityTimes: number[] = [];
  const readabilityFirstTimes: number[] = [];
  const longestSlices: number[] = [];
  const longestBlocks: number[] = [];
  const longTasks: number[] = [];
  const phases: Record<'compile' | 'inject' | 'prepare' | 'find' | 'mark', number[]> = {
    compile: [],
    inject: [],
    prepare: [],
    find: [],
    mark: [],
  };
  let slices = 0;
  let beforePaint = 0;
  for (let load = 0; load < LOADS; load++) {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.startTime, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const url = onSite ? `${SITE}/${name}.html?load=${load}` : `${server.url(`${name}.html`)}?load=${load}`;
    await page.goto(url);
    const timings = await waitForDone(browser, url);
    const scriptStart = timings.eager?.start ?? timings.annotatorStart!;
    // On its site the annotator is the first script, and its compile comes before its clock
    // starts; elsewhere the compile falls inside the injection, which the eager script's clock sees.
    totals.push(timings.done! - scriptStart + (onSite ? annotatorCompile : 0));
    const loaded = await page.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
    );
    fromLoaded.push(timings.done! - loaded);
    const painted = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    if (painted === null || timings.done! < painted) beforePaint++;
    annotatorTimes.push(timings.done! - timings.annotatorStart!);
    longestSlices.push(timings.longestSlice);
    // The first step runs in the task that compiles the bundle, on the site and elsewhere.
    longestBlocks.push(Math.max(timings.longestBlock, annotatorCompile + timings.firstBlock));
    phases.compile.push(onSite ? annotatorCompile : Number.NaN);
    phases.inject.push(timings.annotatorStart! - scriptStart);
    phases.prepare.push(timings.prepared! - timings.annotatorStart!);
    phases.find.push(timings.articleFound! - timings.prepared!);
    phases.mark.push(timings.done! - timings.articleFound!);
    slices = timings.slices;
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    for (let i = 0; i < tasks.length; i += 2) {
      // Only tasks that overlap the extension's work count against it.
      if (tasks[i]! + tasks[i + 1]! >= scriptStart && tasks[i]! <= timings.done!)
        longTasks.push(tasks[i + 1]!);
    }
    const readability = await readabilityMs(page);
    readabilityTimes.push(readability.median);
    readabilityFirstTimes.push(readability.first);
    await page.close();
  }
  results[key] = {
    total: median(totals),
    annotator: median(annotatorTimes),
    readability: median(readabilityTimes),
  };
  rows.push([
    label,
    median(totals).toFixed(1),
    median(fromLoaded).toFixed(1),
    median(annotatorTimes).toFixed(1),
    `${median(readabilityFirstTimes).toFixed(1)} / ${median(readabilityTimes).toFixed(1)}`,
    `${(median(totals) / median(readabilityFirstTimes)).toFixed(2)}× / ${(median(totals) / median(readabilityTimes)).toFixed(2)}×`,
    (['compile', 'inject', 'prepare', 'find', 'mark'] as const)
      .map((phase) => (onSite || phase !== 'compile' ? median(phases[phase]).toFixed(1) : 'in inject'))
      .join(' / '),
    `${Math.max(...longestBlocks).toFixed(1)} / ${Math.max(...longestSlices).toFixed(1)}`,
    slices,
    `${beforePaint} of ${LOADS}`,
    longTasks.length === 0 ? 'none' : `${longTasks.length}, longest ${Math.max(...longTasks).toFixed(0)} ms`,
  ]);
}

// The popup: from its navigation to its first render with the article's data, on the seed page.
const popupTimes: number[] = [];
const popupOwnTimes: number[] = [];
{
  const page = await browser.context.newPage();
  const url = `${server.url('seed.html')}?popup`;
  await page.goto(url);
  await waitForDone(browser, url);
  const tabId = await browser.tabIdOf(url);
  for (let load = 0; load < LOADS * 2; load++) {
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('table').waitFor();
    const [start, data] = await popup.evaluate(() =>
      ['crossriver:popup-start', 'crossriver:popup-data'].map(
        (name) => performance.getEntriesByName(name)[0]!.startTime,
      ),
    );
    popupTimes.push(data!);
    popupOwnTimes.push(data! - start!);
    await popup.close();
  }
  await page.close();
}
const chunk = (prefix: string) =>
  readdirSync(join(EXTENSION_DIR, 'chunks'))
    .filter((name) => name.startsWith(prefix))
    .map((name) => readFileSync(join(EXTENSION_DIR, 'chunks', name)));
const popupBundle = chunk('popup-');
const glossaryChunk = chunk('locales-');

// Pages without Chinese: only the eager content script runs. The pages are small and the figure
// smaller, so it takes more loads to settle on this noisy machine.
const NO_CHINESE_PAGES = [
  { file: 'english.html', label: 'a short English page (597 bytes)' },
  {
    file: 'english-news.html',
    label: 'an English news page (58 KB: 1,800 words, 40 KB of inline script data)',
  },
];
async function eagerTimesOn(browser: ExtensionBrowser, file: string): Promise<number[]> {
  const times: number[] = [];
  for (let load = 0; load < LOADS * 3; load++) {
    const page = await browser.context.newPage();
    const url = `${server.url(file)}?load=${load}`;
    await page.goto(url);
    times.push((await eagerRecordOf(browser, url)).ms);
    await page.close();
  }
  return times;
}
const eagerTimes = new Map<string, number[]>();
for (const { file } of NO_CHINESE_PAGES) eagerTimes.set(file, await eagerTimesOn(browser, file));
// Its compile, which its own clock cannot see, on the larger page.
const eagerCompileTimes: number[] = [];
for (let load = 0; load < LOADS; load++) {
  const url = `${server.url('english-news.html')}?compile=${load}`;
  eagerCompileTimes.push(await compileMs(browser, url, 'eager.js', () => eagerRecordOf(browser, url)));
}
const eagerScript = readFileSync(join(EXTENSION_DIR, 'eager.js'));

// Heap: the seed page in a browser with the extension and in one without, after GC.
async function heapOf(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}
const withHeaps: number[] = [];
for (let load = 0; load < 3; load++) {
  const page = await browser.context.newPage();
  const url = `${server.url('seed.html')}?heap=${load}`;
  await page.goto(url);
  await waitForDone(browser, url);
  withHeaps.push(await heapOf(page));
  await page.close();
}
// What the annotator marks on the seed page on its site, for the marking floor below.
const floorForms: FloorForm[] = [];
{
  const page = await browser.context.newPage();
  const url = `${SITE}/seed.html?floor-forms`;
  await page.goto(url);
  await waitForDone(browser, url);
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll('cr-term[data-cr-gloss]')].map((mark) => ({
      text: mark.textContent ?? '',
      gloss: mark.getAttribute('data-cr-gloss') ?? '',
      pinyin: mark.getAttribute('data-cr-pinyin') ?? '',
    })),
  );
  floorForms.push(...new Map(marks.map((form) => [form.text, form])).values());
  await page.close();
}
await browser.close();

/**
 * The eager script's own time on each page without Chinese, for a floor extension whose only
 * script, declared as the eager script is, runs `work` (which sets `isChinese`) between the
 * same clock readings and leaves the same record.
 */
async function eagerFloorTimes(name: string, work: string): Promise<Map<string, number[]>> {
  const dir = writeFloorExtension(
    name,
    ['<all_urls>'],
    'document_idle',
    `(() => { const start = performance.now(); ${work} const record = { start, ms: 0, isChinese };
  globalThis[${JSON.stringify(EAGER_SLOT)}] = record; record.ms = performance.now() - start; })();`,
  );
  const floorBrowser = await launchWithExtension({ extensionDir: dir });
  const times = new Map<string, number[]>();
  for (const { file } of NO_CHINESE_PAGES) times.set(file, await eagerTimesOn(floorBrowser, file));
  await floorBrowser.close();
  return times;
}
// The floor for any content script that looks at a page: it reads `document` (in the extension's
// world, the browser builds the document's interface on first touch).
const floorTimes = await eagerFloorTimes('floor', 'const isChinese = !document;');
// The reading floor: the least a script can do that looks at all of a page's text, as finding
// Chinese anywhere on it needs. It walks every text node and reads its text, testing nothing.
const readingTimes = await eagerFloorTimes(
  'reading floor',
  `const walker = document.createTreeWalker(document, 4); let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) length += node.data.length;
  const isChinese = length < 0;`,
);

// The marking floor: the least any annotator could do on the seed page on its site (see
// bench/lib/marking-floor.ts), declared as the annotator is there, beside Readability's first parse
// of the same page in the same loads.
const markingDir = writeFloorExtension(
  'marking floor',
  [`${SITE}/*`],
  'document_end',
  markingFloorScript(floorForms, '.post_body', EAGER_SLOT),
);
const markingBrowser = await launchWithExtension({ extensionDir: markingDir });
await serveSite(markingBrowser);
const markingTimes: number[] = [];
const markingReadability: number[] = [];
const markingCompile: number[] = [];
let floorMarks = 0;
for (let load = 0; load < LOADS; load++) {
  const page = await markingBrowser.context.newPage();
  const url = `${SITE}/seed.html?marking-floor=${load}`;
  await page.goto(url);
  const record = (await eagerRecordOf(markingBrowser, url)) as EagerRecord & { marks: number };
  markingTimes.push(record.ms);
  floorMarks = record.marks;
  markingReadability.push((await readabilityMs(page)).first);
  await page.close();
  const traced = `${SITE}/seed.html?marking-floor-compile=${load}`;
  markingCompile.push(
    await compileMs(markingBrowser, traced, 'floor.js', () => eagerRecordOf(markingBrowser, traced)),
  );
}
await markingBrowser.close();

const plainProfile = mkdtempSync(join(tmpdir(), 'crossriver-plain-'));
const plain = await chromium.launchPersistentContext(plainProfile, {
  executablePath: findChromium(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const withoutHeaps: number[] = [];
for (let load = 0; load < 3; load++) {
  const page = await plain.newPage();
  await page.goto(`${server.url('seed.html')}?heap=${load}`);
  await page.waitForTimeout(500);
  withoutHeaps.push(await heapOf(page));
  await page.close();
}
await plain.close();
rmSync(plainProfile, { recursive: true, force: true });
await server.close();
rmSync(folder, { recursive: true, force: true });

const seed = results.seed!;
const long = results.long!;
const seedElsewhere = results['seed-elsewhere']!;
const longElsewhere = results['long-elsewhere']!;
const lines = [
  `Machine: ${machineLine()}`,
  `Median of ${LOADS} loads per page, headless. "On its site": the page served at ${SITE}, one of the Chinese`,
  'news sites for which the annotator is declared as the content script. "Elsewhere": served from 127.0.0.1,',
  'where the eager script finds Chinese and the background injects the annotator.',
  "\"Total\" runs from the first content script's start (the annotator's on its site, the eager script's",
  'elsewhere) to the last annotation; "annotator" from the annotator bundle\'s first statement. On its',
  "site the total also counts the browser's compile of annotator.js, which comes before any of its",
  'statements can read the clock: taken from a trace (v8.compile) of the seed page on its site, median of',
  `${LOADS} loads of their own, as tracing slows a page. Elsewhere that compile falls inside "inject". On the`,
  'site a 1 KB script declared at document_start has started the storage read before that. What a reader',
  "sees: from the page's DOMContentLoaded (the earliest the page is whole) to the last annotation, and in",
  'how many loads the annotations were all in place before the first contentful paint.',
  'Readability: `new Readability(doc).parse()` on a fresh copy of the same page, in the same',
  'page: its first parse, and the median of 5. Phases: compile = the browser compiling annotator.js (on',
  'its site); inject = eager start to annotator start (the message to the background, executeScript and',
  "compiling the annotator; 0 on its site); prepare = the annotator's first steps (the second look for",
  'Chinese and, elsewhere, starting the storage read of the settings and term index); find article;',
  'mark = waiting for that read if it is still out, loading the matcher, and annotating in slices, to the',
  'last one. Longest block: the longest the annotator held the main thread at one go (its first step',
  'with the compile before it in the same task, a later step before marking, or a slice), the largest',
  'over all loads; long tasks: those the browser reported while the extension worked, its own and the',
  "page's (it does not report work done inside an injection).",
  '',
  table(
    [
      'page',
      'total ms',
      'DOMContentLoaded to done ms',
      'annotator ms',
      'Readability ms: first / median',
      'total / Readability: first / median',
      'phases ms: compile / inject / prepare / find / mark',
      'longest block / slice ms',
      'slices',
      'done before first paint',
      'long tasks while annotating',
    ],
    rows,
  ),
  '',
  `- Long page / seed page: ${(long.total / seed.total).toFixed(1)}× on the site, ` +
    `${(longElsewhere.total / seedElsewhere.total).toFixed(1)}× elsewhere (target ≤ 25×).`,
  `- Pages without Chinese: the content script's own time, from its bundle's first statement to its last, ` +
    `median of ${LOADS * 3} loads (target under 1 ms), beside two floors: a script that only reads \`document\`, ` +
    `and one that reads the text of every text node and tests nothing: ` +
    NO_CHINESE_PAGES.map(
      ({ file, label }) =>
        `${label}: ${median(eagerTimes.get(file)!).toFixed(2)} ms (floors ${median(floorTimes.get(file)!).toFixed(2)} ` +
        `and ${median(readingTimes.get(file)!).toFixed(2)} ms)`,
    ).join('; ') +
    `. Compiling it, before its first statement: ${median(eagerCompileTimes).toFixed(2)} ms (from a trace, median of ${LOADS} loads of the news page).` +
    ` The eager script is ${(eagerScript.length / 1024).toFixed(2)} KB, ${(gzipSync(eagerScript).length / 1024).toFixed(2)} KB gzipped.`,
  `- The least any annotator could do on the seed page on its site: a script that only marks the ` +
    `${floorMarks} occurrences the annotator marks there, their ${floorForms.length} forms built in (no term ` +
    `index to read, no article to find, one task; bench/lib/marking-floor.ts): ` +
    `${median(markingTimes).toFixed(1)} ms from its first statement, and ${median(markingCompile).toFixed(1)} ms ` +
    `to compile it; Readability's first parse, in the same loads: ${median(markingReadability).toFixed(1)} ms ` +
    `(median of ${LOADS}).`,
  `- Popup, first render with the article's data on the seed page: ${median(popupOwnTimes).toFixed(0)} ms from its ` +
    `script's start (target under 100 ms), ${median(popupTimes).toFixed(0)} ms from the navigation that opens it, ` +
    `which includes the browser starting the page (median of ${LOADS * 2}). Its script is ` +
    `${(popupBundle.reduce((sum, file) => sum + file.length, 0) / 1024).toFixed(0)} KB, ` +
    `${(popupBundle.reduce((sum, file) => sum + gzipSync(file).length, 0) / 1024).toFixed(0)} KB gzipped, with no pinyin ` +
    `library; the glossary (${(glossaryChunk.reduce((sum, file) => sum + file.length, 0) / 2 ** 20).toFixed(2)} MiB) loads after the first render.`,
  `- Heap on the seed page: ${(median(withHeaps) / 2 ** 20).toFixed(2)} MiB with the extension, ` +
    `${(median(withoutHeaps) / 2 ** 20).toFixed(2)} MiB without: ${((median(withHeaps) - median(withoutHeaps)) / 2 ** 20).toFixed(2)} MiB added ` +
    '(main-world and isolated-world heaps of the page, after GC, median of 3).',
];
const report = lines.join('\n');
console.log(report);
if (values.write) writeSection('browser', 'Annotation in Chromium', report);
