// Starts one real process engine (Operaton) for the test run (compiled code: `npm test` builds
// first). PROCESS_ENGINE_URL set → tests use that Operaton instead.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

async function startProcessEngine(home, port) {
  if (process.env.PROCESS_ENGINE_URL) {
    process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL = process.env.PROCESS_ENGINE_URL;
    return;
  }
  const { LocalOperaton } = require('../dist/embedded/operaton/local-operaton');
  const logFile = path.join(home, 'logs', 'test', 'process-engine.log');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-test-operaton-'));
  const engine = await LocalOperaton.start({
    sourceDir: path.join(root, 'process-engine'),
    cacheDir: path.join(home, 'cache'),
    dataDir,
    logFile,
    port,
    // The engine lives for the whole run and every suite deploys to it: Operaton's cache of parsed
    // definitions (1000 by default, each with its model's XML tree) held 560 MB live halfway through a
    // run, and 512m ran out near its end. A smaller cache bounds it; the heap keeps room to spare.
    heap: '1g',
    cacheCapacity: 200,
    javaHome: process.env.JAVA_HOME,
    readyTimeoutMs: 180000,
    log: (line) => process.stdout.write(`\n[test process engine] ${line}`),
  });
  process.stdout.write(`\n[test process engine] Operaton ready at ${engine.restUrl}\n`);
  // A test engine that dies mid-run fails every later suite with "fetch failed": say why, once.
  engine.onExit((code, signal) => {
    if (globalThis.__careflowTestProcessEngine?.stopping) return;
    process.stdout.write(`\n[test process engine] exited during the run (${signal ?? `code ${code}`}); the end of ${logFile}:\n${tail(logFile, 30)}\n`);
  });
  globalThis.__careflowTestProcessEngine = { engine, dataDir, logFile, stopping: false };
  process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL = engine.restUrl;
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

module.exports = async () => {
  const databases = process.env.TEST_MYSQL_URL ? 'SQLite and MySQL (TEST_MYSQL_URL)' : 'SQLite only (set TEST_MYSQL_URL for MySQL)';
  process.stdout.write(`\n[test databases] ${databases}`);
  const home = process.env.CAREFLOW_HOME || path.join(root, '.careflow');
  await startProcessEngine(home, Number(process.env.TEST_PROCESS_ENGINE_PORT || 26650));
};
