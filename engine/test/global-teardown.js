const fs = require('node:fs');

module.exports = async () => {
  const started = globalThis.__careflowTestBroker;
  if (!started) return;
  await started.broker.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
};
