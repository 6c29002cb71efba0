import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { asRow } from '../../engine/src/db/columns';
import { Dispatch, DispatchEntity } from '../../engine/src/modules/dispatches/entities';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { insertCase } from '../../engine/test/support/operaton-process-fixtures';
import { CODES, createProvider, seedRegistry, userOf } from '../../engine/test/support/provider-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

const PHONE = { width: 390, height: 844 };
type Order = { id: string };

/**
 * The provider portal's SLA on a phone: open orders most urgent first, each with a countdown that
 * ticks without reloading, an overdue one in red; the new order in the provider admin's bell; and
 * on a desk, the orders' table a page at a time from the engine.
 */
describe('order deadlines on the provider portal in Chromium', () => {
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let phone: Page;
  const orders: Record<'soon' | 'overdue' | 'working', Order> = {} as never;

  beforeAll(async () => {
    await seedRegistry(fx.admin);
    const provider = await createProvider(fx.admin, { name: '历下颐养家政', creditCode: CODES[0], contactPhone: '13805310001', areas: ['370102'], contractTo: '2099-12-31' });
    const supervisor = await userOf(fx, 'sla.sup', ['supervisor']);
    const admin = await userOf(fx, 'sla.provider', ['provider_admin'], provider.id);
    const dispatch = async (key: string, windows: Record<string, string>) => {
      const caseId = (await insertCase(fx.running.dataSource)).id;
      const res = await supervisor.post<{ dispatch: Order }>('/api/dispatches', { key, caseId, serviceItem: 'housekeeping_basic', areaCode: '370102001001', providerId: provider.id, ...windows });
      expect(res.status).toBe(201);
      return res.body.dispatch;
    };
    // Made oldest first, so the engine lists them newest first: soon, working, overdue.
    orders.overdue = await dispatch('sla-overdue', { acceptWithin: 'PT30M' });
    orders.working = await dispatch('sla-working', { acceptWithin: 'PT30M', workWithin: 'PT24H' });
    expect((await admin.post(`/api/dispatches/${orders.working.id}/accept`, {})).status).toBe(200);
    orders.soon = await dispatch('sla-soon', { acceptWithin: 'PT30M' });
    // Nobody answered it: its deadline passed five minutes (and a little) ago.
    await fx.running.dataSource.getRepository(DispatchEntity).update({ id: orders.overdue.id }, { answerDueAt: new Date(Date.now() - 5 * 60_000 - 10_000) });
    browser = await launchChromium(fx.running.config.http.webDist);
    phone = await signIn(browser, fx.running.url, 'sla.provider', 'password-123', PHONE);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given an overdue, a waiting and an accepted order, when the provider admin opens the portal on a phone, then the cards run most urgent first with live countdowns and the overdue one says 已超时 in red', async () => {
    await phone.waitForURL(/\/dispatches$/);
    const cards = phone.getByTestId('order-cards');
    const sla = (o: Order) => phone.getByTestId(`sla-${o.id}`);
    await sla(orders.overdue).getByText('已超时 5分钟').waitFor();
    await sla(orders.soon).getByText(/接单剩余 2\d分\d+秒/).waitFor();
    await sla(orders.working).getByText(/完成剩余 23小时5\d分/).waitFor();

    // Most urgent first: overdue, then the answer due in half an hour, then the work due tomorrow.
    const ids = await cards.locator('[data-testid^="order-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(ids).toEqual([`order-${orders.overdue.id}`, `order-${orders.soon.id}`, `order-${orders.working.id}`]);

    // Red only when overdue.
    const color = (o: Order) => sla(o).evaluate((e) => (globalThis as unknown as { getComputedStyle(el: unknown): { color: string } }).getComputedStyle(e).color);
    expect(await color(orders.overdue)).toBe('rgb(255, 77, 79)');
    expect(await color(orders.soon)).not.toBe('rgb(255, 77, 79)');

    // It ticks without reloading.
    const before = await sla(orders.soon).innerText();
    await phone.waitForTimeout(1500);
    expect(await sla(orders.soon).innerText()).not.toBe(before);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
  });

  it('given the new orders, when the provider admin opens the bell, then each is there as 新派单', async () => {
    await phone.getByTestId('notification-bell').click();
    await phone.getByTestId('notification-item').filter({ hasText: '新派单：日常保洁' }).first().waitFor();
    expect(await phone.getByTestId('notification-item').filter({ hasText: '新派单：日常保洁' }).count()).toBe(3);
  });

  it('given more orders than a desk page holds, when the provider admin turns to page 2 of the table, then the engine sends that page and the pager counts them all', async () => {
    // Older than the three above, finished: 25 orders in all, 20 to a page.
    const soon = await fx.running.dataSource.getRepository(DispatchEntity).findOneByOrFail({ id: orders.soon.id });
    const dayAgo = Date.now() - 86_400_000;
    const done = Array.from({ length: 22 }, (_, i) => ({ ...soon, id: `desk-${i}`, key: `desk-${i}`, caseId: null, status: 'done' as const, answerDueAt: null, createdAt: new Date(dayAgo - i * 60_000), updatedAt: new Date(dayAgo) }));
    await fx.running.dataSource.getRepository(DispatchEntity).insert(done.map((d) => asRow<Dispatch>(d)));
    const desk = await signIn(browser, fx.running.url, 'sla.provider', 'password-123');
    await desk.waitForURL(/\/dispatches$/);
    await desk.getByText('共 25 条').waitFor();
    const rows = desk.locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.count()).toBe(20);
    const asked = desk.waitForResponse((r) => r.url().includes('/api/dispatches?') && r.url().includes('page=2'));
    await desk.locator('.ant-pagination-item-2').click();
    expect((await (await asked).json()) as { dispatches: Order[]; total: number }).toMatchObject({ total: 25, dispatches: done.slice(-5).map((d) => ({ id: d.id })) });
    await desk.waitForFunction("document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length === 5");
    expect(await rows.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('已完成')]));
  });
});
