import fs from 'node:fs';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { ApiClient } from './api-client';
import { EngineFixture, TEST_ADMIN_PASSWORD } from './test-engine';

/** Debian's Chromium, never a downloaded one. */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts headless Chromium with the test flags. */
export async function launchHeadlessChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** Starts Chromium for a browser test of the built web app served by `webDist`. */
export async function launchChromium(webDist: string): Promise<Browser> {
  if (!fs.existsSync(`${webDist}/index.html`)) throw new Error('web/dist is not built: run `npm run build`');
  return launchHeadlessChromium();
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

/** Drags with the mouse as a user would (dnd-kit starts a drag only after a few pixels) onto a drop target that marks itself `data-over`. */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  const x = b.x + b.width / 2;
  const y = b.y + Math.min(8, b.height / 2);
  await page.mouse.move(x, y, { steps: 15 });
  // dnd-kit measures the drop targets in animation frames after the drag starts, so on a busy machine
  // the pointer can arrive before the target is known. The target marks itself `data-over` once it is
  // the one under the pointer; until then the pointer keeps moving a pixel, as a hand would.
  for (let nudge = 0; (await to.getAttribute('data-over')) !== 'true'; nudge++) {
    if (nudge === 50) throw new Error('the drop target never showed that the pointer was over it');
    await page.evaluate(NEXT_FRAMES);
    await page.mouse.move(x + (nudge % 2 === 0 ? 1 : 0), y);
  }
  await page.mouse.up();
  // For 50 ms after a drop dnd-kit swallows clicks; a page timer set after it fires after it.
  await page.evaluate('new Promise((resolve) => setTimeout(resolve, 60))');
}

const NEXT_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))';

/** Picks an option of an antd select or tree select (searchable) by typing its label. */
export async function chooseOption(page: Page, inputId: string, label: string): Promise<void> {
  await page.click(`#${inputId}`);
  await page.fill(`#${inputId}`, label);
  await page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).first().click();
  // A multiple select stays open after a pick; leaving the field closes it, as a user's next click would.
  await page.locator(`#${inputId}`).blur();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/**
 * Picks options of an antd select that is not searchable (`select`: its combobox) and closes it; the
 * picks must show as tags within `scope` first, so a click lost to the dropdown's animation fails here.
 */
export async function pickOptions(page: Page, scope: Locator, select: Locator, labels: string[]): Promise<void> {
  await select.click();
  for (const label of labels) await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).click();
  for (const label of labels) await scope.locator(`.ant-select-selection-item[title="${label}"]`).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Clicks a dialog's save button and waits for it to close; an error it shows instead fails at once, with its text. */
export async function saveDialog(modal: Locator, button: RegExp | string = /保\s*存/): Promise<void> {
  await modal.getByRole('button', { name: button }).click();
  const problem = modal.locator('.ant-alert-error, .ant-form-item-explain-error').first();
  const closed = modal.waitFor({ state: 'hidden' }).then(() => null);
  closed.catch(() => undefined); // lost to `refused`, its timeout is nobody's failure
  const refused = problem.waitFor().then(() => problem.textContent(), () => null);
  const shown = await Promise.race([closed, refused.then((text) => (text === null ? closed : text))]);
  if (shown !== null) throw new Error(`the dialog did not save: ${shown}`);
}

/** The provider portal's 开始服务 / 完成服务 dialog while it is open (not another dialog still closing). */
export function workDialog(phone: Page): Locator {
  return phone.locator('.ant-modal:visible', { has: phone.locator('#work-ok') });
}

/** On 工作台: the agent turns 空闲 (checked on the server too) and raises an alarm from a pendant with the desk's simulator. */
export async function goIdleAndRaiseAlarm(agent: Page, agentApi: ApiClient, deviceId: string): Promise<void> {
  await agent.getByTestId('agent-state-switch').getByText('空闲', { exact: true }).click();
  await agent.getByTestId('agent-state').getByText('空闲').waitFor();
  expect((await agentApi.get<{ agent: { state: string } }>('/api/telephony/agents/me')).body.agent.state).toBe('idle');
  await agent.getByTestId('demo-from').fill(deviceId);
  await agent.getByTestId('demo-alarm').click();
}
