// Starts one real Zeebe broker for the test run (compiled code: `npm test` builds first).
// ZEEBE_ADDRESS set → tests use that cluster instead.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async () => {
  const databases = process.env.TEST_MYSQL_URL ? 'SQLite and MySQL (TEST_MYSQL_URL)' : 'SQLite only (set TEST_MYSQL_URL for MySQL)';
  process.stdout.write(`\n[test databases] ${databases}`);
  if (process.env.ZEEBE_ADDRESS) {
    process.env.CAREFLOW_TEST_ZEEBE_ADDRESS = process.env.ZEEBE_ADDRESS;
    return;
  }
  const { startLocalZeebe } = require('../dist/embedded/local-zeebe');
  const home = process.env.CAREFLOW_HOME || path.resolve(__dirname, '..', '..', '.careflow');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-test-zeebe-'));
  const gatewayPort = Number(process.env.TEST_ZEEBE_GATEWAY_PORT || 26600);
  const { broker, version } = await startLocalZeebe({
    home,
    dataDir,
    logDir: path.join(home, 'logs', 'test'),
    javaHome: process.env.JAVA_HOME,
    zeebeHome: process.env.ZEEBE_HOME,
    version: process.env.ZEEBE_VERSION,
    gatewayPort,
    monitoringPort: gatewayPort + 10,
    restPort: gatewayPort + 11,
    heap: '512m',
    readyTimeoutMs: 180000,
    log: (line) => process.stdout.write(`\n[test broker] ${line}`),
  });
  process.stdout.write(`\n[test broker] Zeebe ${version} ready at ${broker.address}\n`);
  globalThis.__careflowTestBroker = { broker, dataDir };
  process.env.CAREFLOW_TEST_ZEEBE_ADDRESS = broker.address;
};
