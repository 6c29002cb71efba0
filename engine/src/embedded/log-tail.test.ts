import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { logTail } from './child-service';

describe('logTail', () => {
  it('given a log ending in the JVM’s class-sharing warnings, when its tail is taken, then the cause before them is shown and the warnings are not', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-log-tail-')), 'process-engine.log');
    const warnings = Array.from({ length: 300 }, (_, i) => `[24.${i}s][warning][cds] Skipping jdk/proxy2/$Proxy${i}: Unsupported location`);
    fs.writeFileSync(file, ['started', 'APPLICATION FAILED TO START', "Table 'careflow.ACT_GE_PROPERTY' doesn't exist", ...warnings].join('\n'));

    const tail = logTail(file, 5);

    expect(tail).toContain("Table 'careflow.ACT_GE_PROPERTY' doesn't exist");
    expect(tail).not.toContain('[cds]');
  });

  it('given no log file, when its tail is taken, then it says so', () => {
    expect(logTail(path.join(os.tmpdir(), 'careflow-no-such-log.log'))).toBe('(no log)');
  });
});
