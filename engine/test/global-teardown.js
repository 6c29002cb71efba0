const fs = require('node:fs');

module.exports = async () => {
  const broker = globalThis.__careflowTestBroker;
  const processEngine = globalThis.__careflowTestProcessEngine;
  await Promise.all([broker?.broker.stop(), processEngine?.engine.stop()]);
  for (const started of [broker, processEngine]) if (started) fs.rmSync(started.dataDir, { recursive: true, force: true });
};
