import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadEngineConfig } from '../../engine/src/config';
import { useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { createProvider, seedRegistry } from '../../engine/test/support/provider-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

/** 派单回调推送 on a provider's page: set the URL with a generated secret, send a test, read what came back. */
describe('a provider webhook in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const held = useAdminPage(fx);
  const heard: string[] = [];
  let answer = 204;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      heard.push((JSON.parse(body) as { event: string }).event);
      res.writeHead(answer).end();
    });
  });

  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('given a provider without a webhook, when an admin sets one and tests it, then the test reaches the endpoint and its answer shows; a failing endpoint shows as failing', async () => {
    await seedRegistry(fx.admin);
    const provider = await createProvider(fx.admin);
    const { page } = held;
    await page.goto(`${fx.running.url}/providers/${provider.id}`);
    const section = page.getByTestId('webhook-section');
    await expect(section.textContent()).resolves.toContain('未设置');
    await page.getByTestId('webhook-edit').click();
    await expect(page.inputValue('#webhook_secret')).resolves.toMatch(/^[0-9a-f]{64}$/);
    await page.fill('#webhook_url', 'not a url');
    await page.getByTestId('webhook-save').click();
    await page.getByText('网址不完整').waitFor();

    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/careflow`;
    await page.fill('#webhook_url', url);
    await page.getByTestId('webhook-save').click();
    await expect(section.textContent()).resolves.toContain(url);
    await page.getByTestId('webhook-test').click();
    await expect(page.getByTestId('webhook-test-result').textContent()).resolves.toContain('对方已接收（HTTP 204）');
    expect(heard).toEqual(['webhook.test']);

    answer = 500;
    await page.getByTestId('webhook-test').click();
    await page.getByTestId('webhook-test-result').getByText('对方服务出错（HTTP 500）').waitFor();
  });
});
