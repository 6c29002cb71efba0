import fs from 'node:fs';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { EngineFixture, TEST_ADMIN_PASSWORD } from './test-engine';

/** Debian's Chromium, never a downloaded one. */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts Chromium for a browser test of the built web app served by `webDist`. */
export async function launchChromium(webDist: string): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  if (!fs.existsSync(`${webDist}/index.html`)) throw new Error('web/dist is not built: run `npm run build`');
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A fresh browser context (its own cookies) signed in through the login page. */
export async function signIn(browser: Browser, baseUrl: string, username: string, password: string, viewport = { width: 1600, height: 1000 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${baseUrl}/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.getByTestId('user-menu').waitFor();
  return page;
}

/**
 * Registers beforeAll/afterAll that start Chromium for a test engine and sign the admin in; the
 * returned object holds the browser and page once beforeAll has run.
 */
export function useAdminPage(fx: EngineFixture): { browser: Browser; page: Page } {
  const held = {} as { browser: Browser; page: Page };
  beforeAll(async () => {
    held.browser = await launchChromium(fx.running.config.http.webDist);
    held.page = await signIn(held.browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await held.browser?.close();
  });
  return held;
}

/** Drags with the mouse as a user would (dnd-kit starts a drag only after a few pixels). */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  const x = b.x + b.width / 2;
  const y = b.y + Math.min(8, b.height / 2);
  await page.mouse.move(x, y, { steps: 15 });
  // dnd-kit measures the drop targets in animation frames after the drag starts; on a busy machine
  // the pointer can arrive first. After two frames, one more move finds the target on fresh measures.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await page.mouse.move(x + 1, y);
  await page.mouse.up();
}
