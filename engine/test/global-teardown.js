const fs = require('node:fs');

module.exports = async () => {
  const processEngine = globalThis.__careflowTestProcessEngine;
  if (!processEngine) return;
  await processEngine.engine.stop();
  fs.rmSync(processEngine.dataDir, { recursive: true, force: true });
};
