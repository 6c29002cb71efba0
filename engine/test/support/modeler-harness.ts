import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchHeadlessChromium } from './browser';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.eot': 'application/vnd.ms-fontobject', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf' };

/** Builds the modeler's test pages (modeler/harness) from source into `outDir` with the repository's vite. */
async function buildHarness(outDir: string): Promise<void> {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--config', path.join(ROOT, 'modeler', 'harness', 'vite.config.ts'), '--outDir', outDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`The modeler harness did not build (exit ${code}):\n${output.slice(-3000)}`);
}

/** Serves the files under `dir` (GET only, nothing outside it) on 127.0.0.1 and a free port. */
async function serveStatic(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.resolve(dir, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    if (req.method !== 'GET' || !file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * Registers beforeAll/afterAll that build the modeler harness, serve it and open `page` (e.g.
 * `camunda7/index.html`) in Chromium. The returned object holds the page once beforeAll has run.
 */
export function useModelerHarness(page: string): { page: Page; url: string } {
  const held = {} as { page: Page; url: string; browser: Browser; server: http.Server; dir: string };
  beforeAll(async () => {
    held.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-modeler-harness-'));
    await buildHarness(held.dir);
    held.server = await serveStatic(held.dir);
    held.url = `http://127.0.0.1:${(held.server.address() as AddressInfo).port}/${page}`;
    held.browser = await launchHeadlessChromium();
    held.page = await (await held.browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    await held.page.goto(held.url);
    await held.page.waitForFunction('typeof window.careflowHarness === "object"');
  }, 420_000); // the vite build takes 15 s on an idle machine, minutes on a loaded one
  afterAll(async () => {
    await held.browser?.close();
    await new Promise((resolve) => (held.server ? held.server.close(resolve) : resolve(undefined)));
    if (held.dir) fs.rmSync(held.dir, { recursive: true, force: true });
  });
  return held;
}
