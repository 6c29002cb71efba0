const fs = require('node:fs');

module.exports = async () => {
  const processEngine = globalThis.__careflowTestProcessEngine;
  if (!processEngine) return;
  if (processEngine.engine.exited()) {
    // Printed again here: the run's last lines are the ones a CI summary keeps.
    process.stdout.write(`\n[test process engine] had exited before the run ended; see ${processEngine.logFile}\n`);
  }
  processEngine.stopping = true;
  await processEngine.engine.stop();
  fs.rmSync(processEngine.dataDir, { recursive: true, force: true });
};
