import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * The Chromium to test with: CHROME_PATH, else the usual install paths. Throws a message that
 * says how to get one: the browser tests fail without a browser, they never skip.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk, ' +
      'or run .ci/run, which installs both) or set CHROME_PATH to a Chromium executable. ' +
      `Looked in: ${CANDIDATES.join(', ')}.`,
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 at a free port. HTML goes out without a charset in the header,
 * so each page's own <meta charset> decides, as it does for the saved pages.
 */
export async function serveFolder(folder = FIXTURES_DIR): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const requested = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(requested.pathname);
    const file = normalize(join(folder, path));
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    const body = readFileSync(file);
    // ?hold=MS sends the first half of the page and the rest MS later: a page still loading.
    const hold = Number(requested.searchParams.get('hold') ?? 0);
    if (hold > 0) {
      response.write(body.subarray(0, body.length >> 1));
      setTimeout(() => response.end(body.subarray(body.length >> 1)), hold);
    } else {
      response.end(body);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  /** The id of the tab showing `url`, as the extension sees it. */
  tabIdOf(url: string): Promise<number>;
  /** Opens the popup for a tab in a page of its own (`popup.html?tabId=N`). */
  openPopup(tabId: number, options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** Closes the browser; the profile is kept when `keepProfile` is set, for a restart. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** An existing profile folder, to start the browser again with the same settings. */
  profileDir?: string;
  extensionDir?: string;
}

/** Starts Chromium with the built extension loaded, as the toolchain notes describe. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build first.`);
  }
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'crossriver-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    profileDir,
    async tabIdOf(url) {
      // A tab that has only just started loading may not show its URL to the extension yet.
      for (let attempt = 0; attempt < 100; attempt++) {
        const id = await worker.evaluate(async (target: string) => {
          type Tabs = {
            query(filter: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]>;
          };
          const { tabs: api } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
          const tabs = await api.query({});
          return tabs.find((tab) => tab.url === target || tab.pendingUrl === target)?.id ?? null;
        }, url);
        if (id !== null) return id;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`No tab shows ${url}`);
    },
    async openPopup(tabId, popupOptions = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      if (popupOptions.colorScheme) await page.emulateMedia({ colorScheme: popupOptions.colorScheme });
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return page;
    },
    async close(closeOptions = {}) {
      await context.close();
      if (!closeOptions.keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
