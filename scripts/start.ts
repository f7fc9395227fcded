import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchWithExtension, serveFolder } from './lib/browser';

// `npm start`: builds the extension and opens the sample article with it loaded. With a display
// the browser window stays open until it is closed; without one, it runs headless, prints what
// the popup shows and writes screenshots to demo-output/.

const OUTPUT = join(ROOT, 'demo-output');
const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  !!process.env.DISPLAY ||
  !!process.env.WAYLAND_DISPLAY;

const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('start: the build failed; see above.');
  process.exit(1);
}

const server = await serveFolder();
const url = server.url('seed-163.html');
const browser = await launchWithExtension({ headless: !hasDisplay });
const page = await browser.context.newPage();
await page.goto(url);

if (hasDisplay) {
  console.log(`Crossriver is loaded; the sample article is open at ${url}.`);
  console.log('Click the Crossriver toolbar button for the popup. Close the browser window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
} else {
  mkdirSync(OUTPUT, { recursive: true });
  await page.waitForSelector('cr-term[data-cr-term]', { state: 'attached', timeout: 20_000 });
  await page.locator('.post_body p').nth(4).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUTPUT, 'annotated-page.png') });
  await page.locator('cr-term[data-cr-term="cross-river-integration"][tabindex]').first().focus();
  // The card's explanation comes from the background, so the card appears a moment later.
  await page.waitForSelector('cr-card', { state: 'attached', timeout: 10_000 });
  await page.screenshot({ path: join(OUTPUT, 'term-card.png') });

  const popup = await browser.openPopup(await browser.tabIdOf(url));
  await popup.getByRole('table').waitFor({ timeout: 20_000 });
  await popup.screenshot({ path: join(OUTPUT, 'popup.png'), fullPage: true });
  await popup.getByRole('radio', { name: '中文' }).check();
  await popup.getByRole('heading', { name: '词表', exact: true }).waitFor();
  await popup.screenshot({ path: join(OUTPUT, 'popup-zh.png'), fullPage: true });
  await popup.getByRole('radio', { name: 'English' }).check();

  console.log('No display found: ran headless. The popup shows:\n');
  console.log(await popup.locator('body').innerText());
  console.log(
    `\nScreenshots: ${['annotated-page', 'term-card', 'popup', 'popup-zh'].map((name) => `demo-output/${name}.png`).join(', ')}`,
  );
  await browser.close();
  await server.close();
}
