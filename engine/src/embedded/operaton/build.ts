import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from '../run-command';

export class ProcessEngineBuildError extends Error {
  override name = 'ProcessEngineBuildError';
}

const JAR = 'careflow-process-engine.jar';

/** Every file Maven reads to build the process engine, in a stable order. */
function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(full);
    }
  };
  found.push(path.join(dir, 'pom.xml'));
  walk(path.join(dir, 'src'));
  return found;
}

/** A digest of the sources: the cached jar is rebuilt exactly when they change. */
export function sourceDigest(dir: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of sourceFiles(dir)) hash.update(path.relative(dir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export interface BuildOptions {
  /** `process-engine/` (pom.xml and src/). */
  sourceDir: string;
  cacheDir: string;
  javaHome: string;
  log: (line: string) => void;
}

/**
 * The process engine's runnable jar, built once per source digest with Maven into the cache (plugin
 * versions are pinned by the Spring Boot parent, so every machine builds the same way).
 */
export async function ensureProcessEngineJar(o: BuildOptions): Promise<string> {
  const target = path.join(o.cacheDir, `process-engine-${sourceDigest(o.sourceDir)}`);
  const jar = path.join(target, JAR);
  if (fs.existsSync(jar)) return jar;
  o.log('Building the process engine (Operaton) with Maven…');
  const built = await runCommand('mvn', ['-B', '-q', '-f', path.join(o.sourceDir, 'pom.xml'), 'package', '-DskipTests'], {
    env: { ...process.env, JAVA_HOME: o.javaHome },
  });
  if (built.code === 127) throw new ProcessEngineBuildError('mvn was not found: install Maven (apt-get install -y maven), or set PROCESS_ENGINE_URL');
  const output = path.join(o.sourceDir, 'target', JAR);
  if (built.code !== 0 || !fs.existsSync(output)) throw new ProcessEngineBuildError(`Maven could not build the process engine:\n${built.output}`);
  // Copied under a temporary name, then renamed: a half-written jar is never taken for a built one.
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(output, `${jar}.partial`);
  fs.renameSync(`${jar}.partial`, jar);
  return jar;
}

/**
 * The jar unpacked as Spring Boot's `jarmode=tools extract` lays it out (the application jar and
 * lib/): classes then load from plain jars, which the JVM's class-data sharing can archive, and a
 * restart takes less than half the time. Done once beside the built jar; on failure, the jar itself.
 */
export async function extractProcessEngineJar(jar: string, javaExecutable: string, log: (line: string) => void): Promise<string> {
  const dir = path.join(path.dirname(jar), 'app');
  const extracted = path.join(dir, JAR);
  if (fs.existsSync(extracted)) return extracted;
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  const result = await runCommand(javaExecutable, ['-Djarmode=tools', '-jar', jar, 'extract', '--destination', partial]);
  if (result.code !== 0 || !fs.existsSync(path.join(partial, JAR))) {
    log(`Could not unpack the process engine's jar (it runs packed, starting slower):\n${result.output}`);
    return jar;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
  return extracted;
}
