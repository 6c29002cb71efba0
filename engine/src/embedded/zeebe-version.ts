import { chooseJava, JavaRuntime, listJavaRuntimes } from './java';

/**
 * Pinned Zeebe lines. 8.5 is the last line under the Zeebe Community License and needs Java 21;
 * 8.3 is the fallback for machines with only Java 17.
 */
export const ZEEBE_PINS = [
  { version: '8.5.8', minJava: 21 },
  { version: '8.3.16', minJava: 17 },
] as const;

export interface ZeebeRuntimeChoice {
  java: JavaRuntime;
  version: string;
}

export class JavaNotFoundError extends Error {
  constructor(found: JavaRuntime[], jvmDir = '/usr/lib/jvm') {
    const seen = found.length === 0 ? 'none found' : found.map((r) => `${r.home} (${r.version})`).join(', ');
    super(
      `No Java runtime for Zeebe: Zeebe ${ZEEBE_PINS[0].version} needs Java 21 or newer ` +
        `(Java 17 runs ${ZEEBE_PINS[1].version}). Looked at JAVA_HOME and ${jvmDir}: ${seen}. ` +
        'Install one, e.g. `apt-get install -y openjdk-21-jre-headless` (or Temurin 21+), ' +
        'or set ZEEBE_ADDRESS to use an existing Zeebe cluster.',
    );
    this.name = 'JavaNotFoundError';
  }
}

/** Picks the Java runtime and the Zeebe version it can run; an explicit ZEEBE_VERSION is honoured. */
export function chooseZeebeRuntime(javaHome: string | undefined, versionOverride?: string, jvmDir?: string): ZeebeRuntimeChoice {
  const runtimes = listJavaRuntimes(javaHome, jvmDir);
  if (versionOverride) {
    const minJava = versionOverride.startsWith('8.3') || versionOverride.startsWith('8.2') ? 17 : 21;
    const java = chooseJava(runtimes, minJava, javaHome);
    if (!java) throw new JavaNotFoundError(runtimes, jvmDir);
    return { java, version: versionOverride };
  }
  for (const pin of ZEEBE_PINS) {
    const java = chooseJava(runtimes, pin.minJava, javaHome);
    if (java) return { java, version: pin.version };
  }
  throw new JavaNotFoundError(runtimes, jvmDir);
}
