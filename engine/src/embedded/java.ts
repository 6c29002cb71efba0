import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface JavaRuntime {
  home: string;
  executable: string;
  major: number;
  version: string;
}

/** Reads the runtime's version from its `release` file, else from `java -version`. */
export function inspectJava(home: string): JavaRuntime | undefined {
  const executable = path.join(home, 'bin', 'java');
  if (!fs.existsSync(executable)) return undefined;
  let version: string | undefined;
  const release = path.join(home, 'release');
  if (fs.existsSync(release)) {
    version = /^JAVA_VERSION="([^"]+)"/m.exec(fs.readFileSync(release, 'utf8'))?.[1];
  }
  if (version === undefined) {
    // java -version prints to stderr and exits 0.
    const out = spawnSync(executable, ['-version'], { encoding: 'utf8', timeout: 10_000 });
    version = /version "([^"]+)"/.exec(`${out.stdout ?? ''}${out.stderr ?? ''}`)?.[1];
  }
  if (version === undefined) return undefined;
  const major = Number(version.startsWith('1.') ? version.split('.')[1] : version.split(/[.+-]/)[0]);
  return Number.isFinite(major) ? { home, executable, major, version } : undefined;
}

/** JAVA_HOME first, then every runtime under the JVM folder, once each (symlinks collapsed). */
export function listJavaRuntimes(javaHome: string | undefined, jvmDir = '/usr/lib/jvm'): JavaRuntime[] {
  const homes: string[] = [];
  if (javaHome) homes.push(javaHome);
  if (fs.existsSync(jvmDir)) {
    for (const name of fs.readdirSync(jvmDir).sort()) homes.push(path.join(jvmDir, name));
  }
  const seen = new Set<string>();
  const runtimes: JavaRuntime[] = [];
  for (const home of homes) {
    let real: string;
    try {
      real = fs.realpathSync(home);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const runtime = inspectJava(home);
    if (runtime) runtimes.push(runtime);
  }
  return runtimes;
}

/**
 * The first runtime (JAVA_HOME first) of at least `minMajor`; none → undefined.
 * Within /usr/lib/jvm the newest qualifying runtime wins.
 */
export function chooseJava(runtimes: JavaRuntime[], minMajor: number, javaHome?: string): JavaRuntime | undefined {
  const fromHome = javaHome ? runtimes.find((r) => r.home === javaHome && r.major >= minMajor) : undefined;
  if (fromHome) return fromHome;
  return runtimes.filter((r) => r.major >= minMajor).sort((a, b) => b.major - a.major)[0];
}
