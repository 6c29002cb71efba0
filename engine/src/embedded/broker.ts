import fs from 'node:fs';
import path from 'node:path';
import { ChildService } from './child-service';
import { JavaRuntime } from './java';

export interface BrokerOptions {
  zeebeHome: string;
  java: JavaRuntime;
  dataDir: string;
  logFile: string;
  gatewayPort: number;
  monitoringPort: number;
  restPort: number;
  heap: string;
  readyTimeoutMs: number;
}

export class BrokerStartError extends Error {
  override name = 'BrokerStartError';
}

/** Settings for a small single-node broker on a developer machine, all on loopback. */
export function brokerEnv(o: BrokerOptions): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    JAVA_HOME: o.java.home,
    ZEEBE_BROKER_NETWORK_HOST: '127.0.0.1',
    ZEEBE_BROKER_GATEWAY_NETWORK_HOST: '127.0.0.1',
    ZEEBE_BROKER_GATEWAY_NETWORK_PORT: String(o.gatewayPort),
    ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT: String(o.gatewayPort + 1),
    ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT: String(o.gatewayPort + 2),
    MANAGEMENT_SERVER_ADDRESS: '127.0.0.1',
    MANAGEMENT_SERVER_PORT: String(o.monitoringPort),
    SERVER_ADDRESS: '127.0.0.1',
    SERVER_PORT: String(o.restPort),
    ZEEBE_BROKER_DATA_DIRECTORY: o.dataDir,
    ZEEBE_BROKER_DATA_LOGSEGMENTSIZE: '16MB',
    ZEEBE_BROKER_DATA_DISK_FREESPACE_PROCESSING: '512MB',
    ZEEBE_BROKER_DATA_DISK_FREESPACE_REPLICATION: '256MB',
    ZEEBE_BROKER_EXPERIMENTAL_ROCKSDB_MEMORYLIMIT: '64MB',
    ZEEBE_BROKER_THREADS_CPUTHREADCOUNT: '1',
    ZEEBE_BROKER_THREADS_IOTHREADCOUNT: '1',
  };
}

/** Same command line as the distribution's bin/broker, so a jars-only install runs too. */
export function brokerCommand(o: BrokerOptions): { command: string; args: string[] } {
  const home = o.zeebeHome;
  return {
    command: o.java.executable,
    args: [
      `-Xmx${o.heap}`,
      '-XX:MaxDirectMemorySize=256m',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-Xshare:auto',
      '-cp',
      `${path.join(home, 'config')}:${path.join(home, 'lib', '*')}`,
      '-Dapp.name=broker',
      `-Dapp.home=${home}`,
      `-Dbasedir=${home}`,
      'io.camunda.zeebe.broker.StandaloneBroker',
    ],
  };
}

async function isReady(monitoringPort: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${monitoringPort}/actuator/health/readiness`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** A broker left behind by a crashed run would hold the ports and the data folder: stop it first. */
function stopOrphan(pidFile: string): void {
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  fs.rmSync(pidFile);
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes('StandaloneBroker')) process.kill(pid, 'SIGKILL');
  } catch {
    // not running any more
  }
}

export class EmbeddedBroker {
  private constructor(
    private readonly process: ChildService,
    private readonly pidFile: string,
    readonly options: BrokerOptions,
  ) {}

  get pid(): number | undefined {
    return this.process.pid;
  }

  get address(): string {
    return `127.0.0.1:${this.options.gatewayPort}`;
  }

  static async start(options: BrokerOptions): Promise<EmbeddedBroker> {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const pidFile = path.join(options.dataDir, 'broker.pid');
    stopOrphan(pidFile);
    const { command, args } = brokerCommand(options);
    const child = ChildService.spawn(command, args, brokerEnv(options), options.logFile);
    if (child.pid !== undefined) fs.writeFileSync(pidFile, String(child.pid));
    const broker = new EmbeddedBroker(child, pidFile, options);
    try {
      await child.waitReady(() => isReady(options.monitoringPort), options.readyTimeoutMs, (why) => new BrokerStartError(`Zeebe broker ${why}`));
    } catch (error) {
      fs.rmSync(pidFile, { force: true });
      throw error;
    }
    return broker;
  }

  /** SIGTERM lets the broker flush and close; SIGKILL only if it hangs. Data stays. */
  async stop(graceMs = 30_000): Promise<void> {
    await this.process.stop(graceMs);
    fs.rmSync(this.pidFile, { force: true });
  }
}
