import path from 'node:path';
import { EmbeddedBroker } from './broker';
import { ensureZeebeDistribution } from './zeebe-distribution';
import { chooseZeebeRuntime } from './zeebe-version';

export interface LocalZeebeOptions {
  home: string;
  dataDir: string;
  logDir: string;
  javaHome?: string;
  zeebeHome?: string;
  version?: string;
  gatewayPort: number;
  monitoringPort: number;
  restPort: number;
  heap: string;
  readyTimeoutMs: number;
  log: (line: string) => void;
}

/** Java → distribution (fetched once) → broker child process, ready to take commands. */
export async function startLocalZeebe(o: LocalZeebeOptions): Promise<{ broker: EmbeddedBroker; version: string }> {
  const { java, version } = chooseZeebeRuntime(o.javaHome, o.version);
  const zeebeHome = await ensureZeebeDistribution({
    version,
    cacheDir: path.join(o.home, 'cache'),
    zeebeHome: o.zeebeHome,
    javaHome: java.home,
    log: o.log,
  });
  o.log(`Starting Zeebe ${version} with Java ${java.version} (${java.home})…`);
  const broker = await EmbeddedBroker.start({
    zeebeHome,
    java,
    dataDir: o.dataDir,
    logFile: path.join(o.logDir, 'zeebe.log'),
    gatewayPort: o.gatewayPort,
    monitoringPort: o.monitoringPort,
    restPort: o.restPort,
    heap: o.heap,
    readyTimeoutMs: o.readyTimeoutMs,
  });
  return { broker, version };
}
