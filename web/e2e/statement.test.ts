import fs from 'node:fs/promises';
import { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { statementWorld } from '../../engine/test/support/statement-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

const PHONE = { width: 390, height: 844 };

/** The provider portal's 收费清单 on a phone: the month's elders, one elder's lines (the provider's own), its PDF. */
describe('收费清单 in the provider portal, on a phone', () => {
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let world: Awaited<ReturnType<typeof statementWorld>>;

  beforeAll(async () => {
    world = await statementWorld(fx, 'portal');
    browser = await launchChromium(fx.running.config.http.webDist);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given provider A’s admin on a 390 px phone, when they open 收费清单 from the menu and pick the elder, then only A’s lines and totals show, thumb-sized and without sideways scrolling, and the PDF downloads', async () => {
    const phone = await signIn(browser, fx.running.url, 'portal_provider_a', 'password-123', PHONE);
    await phone.waitForURL(/\/dispatches$/);
    await phone.getByRole('button', { name: '展开菜单' }).click();
    await phone.getByRole('menuitem', { name: /收费清单$/ }).click();
    await phone.waitForURL(/\/statements$/);

    const pick = phone.getByTestId(`statements-elder-${world.li}`);
    await pick.getByText('服务 1 次 · ¥80.00').waitFor();
    expect((await pick.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await pick.click();

    const lines = phone.getByTestId('statement-lines');
    await lines.getByText('历下颐养家政').first().waitFor();
    expect(await lines.getByText('山大助餐点').count()).toBe(0);
    await lines.getByText('少做半小时', { exact: false }).waitFor();
    await phone.getByTestId('statement-totals').getByText('金额 ¥80.00 · 补贴 ¥40.00 · 老人自付 ¥40.00').waitFor();
    // The hotline's text button is not the provider's.
    expect(await phone.getByTestId('statement-sms').count()).toBe(0);
    for (const control of ['statement-pdf', 'statement-xlsx', 'statements-back']) expect((await phone.getByTestId(control).boundingBox())!.height).toBeGreaterThanOrEqual(40);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    const [pdf] = await Promise.all([phone.waitForEvent('download'), phone.getByTestId('statement-pdf').click()]);
    expect((await fs.readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    await phone.getByTestId('statements-back').click();
  });

  it('given an agent of her district on the elder file, when they text the statement, then the son with a mobile is chosen and the text is queued', async () => {
    const desk = await signIn(browser, fx.running.url, 'portal_agent_lixia', 'password-123');
    await desk.goto(`${fx.running.url}/elders/${world.li}`);
    await desk.getByRole('tab', { name: '收费清单' }).click();
    await desk.getByTestId('statement-totals').getByText('¥110.00').waitFor();
    await desk.getByTestId('statement-sms').click();
    await desk.getByTestId('statement-sms-relative').getByText(/^张伟（.+）139/).waitFor();
    await desk.click('#statement-sms-send');
    await desk.getByText('短信已加入发送队列（张伟 139****0021）').waitFor();
  });
});
