import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../config';

describe('engine entry point', () => {
  it('given several bad variables, when CareFlow starts, then it lists every problem and exits 1 without starting anything', () => {
    const main = path.join(REPO_ROOT, 'engine', 'dist', 'main.js');
    const result = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, PORT: 'abc', PROCESS_ENGINE_URL: 'no-url', LOG_LEVEL: 'loud', CONNECTOR_MAX_JOBS_ACTIVE: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('Starting the process engine');
    for (const name of ['PORT', 'PROCESS_ENGINE_URL', 'LOG_LEVEL', 'CONNECTOR_MAX_JOBS_ACTIVE']) {
      expect(result.stderr).toMatch(new RegExp(`^\\s+- ${name}: `, 'm'));
    }
  });
});
