import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './run-command';

/** Pinned so the fetch behaves the same on every machine. */
export const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

export class ZeebeDistributionError extends Error {
  override name = 'ZeebeDistributionError';
}

const COMPLETE_MARKER = '.careflow-complete';

/** A usable distribution has the broker's jars under lib/. */
export function isDistribution(home: string): boolean {
  const lib = path.join(home, 'lib');
  return fs.existsSync(lib) && fs.readdirSync(lib).some((f) => f.startsWith('zeebe-broker') && f.endsWith('.jar'));
}

export interface EnsureDistributionOptions {
  version: string;
  cacheDir: string;
  zeebeHome?: string;
  javaHome: string;
  log: (line: string) => void;
}

/**
 * Returns the folder of a Zeebe distribution: ZEEBE_HOME as given, else the cached copy of the pinned
 * version, fetched once from Maven Central with mvn (so configured mirrors apply).
 */
export async function ensureZeebeDistribution(options: EnsureDistributionOptions): Promise<string> {
  if (options.zeebeHome) {
    if (!isDistribution(options.zeebeHome)) {
      throw new ZeebeDistributionError(`ZEEBE_HOME=${options.zeebeHome} is not a Zeebe distribution (no lib/zeebe-broker-*.jar)`);
    }
    return options.zeebeHome;
  }
  const target = path.join(options.cacheDir, `camunda-zeebe-${options.version}`);
  if (fs.existsSync(path.join(target, COMPLETE_MARKER))) return target;

  fs.mkdirSync(options.cacheDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(options.cacheDir, `.fetch-${options.version}-`));
  const env = { ...process.env, JAVA_HOME: options.javaHome };
  try {
    options.log(`Fetching Zeebe ${options.version} from Maven Central (once)…`);
    const fetched = await runCommand(
      'mvn',
      ['-B', '-q', `${DEPENDENCY_PLUGIN}:copy`, `-Dartifact=io.camunda:camunda-zeebe:${options.version}:tar.gz`, `-DoutputDirectory=${work}`],
      { cwd: work, env },
    );
    const tarball = path.join(work, `camunda-zeebe-${options.version}.tar.gz`);
    if (fetched.code === 0 && fs.existsSync(tarball)) {
      const unpacked = await runCommand('tar', ['-xzf', tarball, '-C', work]);
      if (unpacked.code !== 0) throw new ZeebeDistributionError(`Could not unpack ${tarball}:\n${unpacked.output}`);
      fs.rmSync(tarball);
      publish(path.join(work, `camunda-zeebe-${options.version}`), target);
    } else if (fetched.code === 127) {
      throw new ZeebeDistributionError('mvn was not found: install Maven (apt-get install -y maven), or set ZEEBE_HOME or ZEEBE_ADDRESS');
    } else {
      options.log('The distribution tarball was not available; resolving the broker jars instead…');
      await fetchJars(options.version, work, env, fetched.output);
      publish(work, target);
    }
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Fallback: the same jars, as the distribution artifact's dependencies, into lib/. */
async function fetchJars(version: string, work: string, env: NodeJS.ProcessEnv, firstFailure: string): Promise<void> {
  const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>careflow</groupId><artifactId>zeebe-jars</artifactId><version>1</version><packaging>pom</packaging>
<dependencies><dependency><groupId>io.camunda</groupId><artifactId>camunda-zeebe</artifactId>
<version>${version}</version><type>pom</type></dependency></dependencies></project>`;
  fs.writeFileSync(path.join(work, 'pom.xml'), pom);
  const copied = await runCommand('mvn', ['-B', '-q', `${DEPENDENCY_PLUGIN}:copy-dependencies`, '-DoutputDirectory=lib'], { cwd: work, env });
  if (copied.code !== 0 || !isDistribution(work)) {
    throw new ZeebeDistributionError(
      `Could not fetch Zeebe ${version} with mvn.\nTarball: ${firstFailure.trim().slice(-2000)}\nJars: ${copied.output.trim().slice(-2000)}`,
    );
  }
  fs.rmSync(path.join(work, 'pom.xml'));
}

function publish(from: string, target: string): void {
  fs.writeFileSync(path.join(from, COMPLETE_MARKER), new Date().toISOString());
  try {
    fs.renameSync(from, target);
  } catch (error) {
    // Another start fetched it at the same time: keep theirs.
    if (!fs.existsSync(path.join(target, COMPLETE_MARKER))) throw error;
  }
}
