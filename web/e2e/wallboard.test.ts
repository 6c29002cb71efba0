import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient } from '../../engine/test/support/api-client';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { JINAN_AREAS, WANG_XIUYING } from '../../engine/test/support/registry-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

/** 值班大屏 on a 1920×1080 wall: it follows an agent's state and a new alarm without a reload. */
describe('the duty wallboard in Chromium', () => {
  const config = loadEngineConfig({ WEB_DIST: process.env.WEB_DIST, LOG_LEVEL: 'silent', ALARM_SERVICE_TYPE: 'wall-alarm' });
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...config.http, port: 0 }, env: config.env });
  let browser: Browser;
  let wall: Page;
  let agentApi: ApiClient;
  const tile = () => wall.getByTestId('wallboard-agent-wall.agent');
  /** Set once on the page: still there means the page was never reloaded. */
  const notReloaded = async () => expect(await wall.evaluate<number | undefined>('window.wallMark')).toBe(42);

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await fx.admin.post('/api/areas', area);
    await fx.admin.post('/api/elders', WANG_XIUYING);
    await fx.admin.post('/api/groups', { key: 'hotline', name: '热线坐席组' });
    await fx.admin.post('/api/forms', { key: 'wall-confirm', title: '确认警情', schema: { type: 'object', properties: { real: { type: 'boolean' } } } });
    expect((await fx.admin.post('/api/service-types', { key: 'wall-alarm', names: { 'zh-CN': '紧急救助', en: 'Emergency' }, category: 'emergency' })).status).toBe(201);
    const bpmnXml = chain(uniqueProcessId('wall_alarm'), [{ id: 'confirm-alarm', xml: userTask('confirm-alarm', 'wall-confirm', 'hotline') }]);
    expect((await fx.admin.post('/api/service-types/wall-alarm/versions', { bpmnXml, settings: { priority: 'emergency', channels: ['alarm'] } })).status).toBe(201);
    expect((await fx.admin.post('/api/service-types/wall-alarm/publish', { version: 1 })).status).toBe(200);
    for (const [username, displayName, roles] of [['wall.agent', '坐席小王', ['agent']], ['duty.lead', '值班长老李', ['supervisor']]] as const) {
      expect((await fx.admin.post('/api/users', { username, password: 'password-123', displayName, roles, groups: ['hotline'] })).status).toBe(201);
    }
    agentApi = new ApiClient(fx.running.url);
    await agentApi.login('wall.agent', 'password-123');
    expect((await agentApi.request('PUT', '/api/telephony/agents/me/state', { state: 'idle' })).status).toBe(200);
    browser = await launchChromium(fx.running.config.http.webDist);
    wall = await signIn(browser, fx.running.url, 'duty.lead', 'password-123', { width: 1920, height: 1080 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given a supervisor signed in on a 1920×1080 screen, then they land on the wallboard with the idle agent and nothing waiting', async () => {
    await wall.waitForURL(/\/wallboard$/);
    await tile().getByText('空闲').waitFor();
    await expect(tile().getAttribute('data-state')).resolves.toBe('idle');
    await expect(wall.getByTestId('wallboard-alarms-count').textContent()).resolves.toBe('0');
    await wall.getByTestId('wallboard-kpi-connectRate').getByText('接通率', { exact: true }).waitFor();
    await wall.getByTestId('wallboard-fullscreen').waitFor();
    // The board fits the wall's width: nothing scrolls sideways.
    expect(await wall.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1920);
    await wall.evaluate('window.wallMark = 42');
  });

  it('given the wallboard open, when the agent goes on break, then the tile turns 小休 without a reload', async () => {
    expect((await agentApi.request('PUT', '/api/telephony/agents/me/state', { state: 'break' })).status).toBe(200);
    await tile().getByText('小休').waitFor({ timeout: 5_000 });
    await expect(tile().getAttribute('data-state')).resolves.toBe('break');
    await expect(wall.getByTestId('wallboard-count-break').textContent()).resolves.toContain('1');
    await notReloaded();
  });

  it('given nobody idle, when 王秀英’s pendant alarms through the simulator, then it appears as an unconfirmed alarm waiting for an agent, its age counting, without a reload', async () => {
    const raised = await agentApi.post<{ caseId: string }>('/api/telephony/simulator/inbound', { kind: 'alarm', terminalId: 'PD-0001', button: 'sos' });
    expect(raised.status).toBe(202);
    await wall.getByTestId('wallboard-alarms-count').getByText('1', { exact: true }).waitFor({ timeout: 10_000 });
    const row = wall.getByTestId('wallboard-alarm');
    await row.getByText(/王秀英 · .+ · 等待接警/).waitFor();
    const before = await row.locator('b').textContent();
    await wall.waitForTimeout(2_100);
    expect(await row.locator('b').textContent()).not.toBe(before);
    await notReloaded();
  });
});
