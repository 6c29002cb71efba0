import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseJava, inspectJava, JavaRuntime, listJavaRuntimes } from './java';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-java-test-'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/**
 * A fake JVM folder: `release` with JAVA_VERSION (unless null) and an executable bin/java that
 * prints the version the way a real `java -version` does (to stderr, exit code 0).
 */
function fakeJvm(home: string, version: string, options: { release?: boolean } = {}): string {
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  if (options.release ?? true) {
    fs.writeFileSync(path.join(home, 'release'), `IMPLEMENTOR="Fake"\nJAVA_VERSION="${version}"\nOS_NAME="Linux"\n`);
  }
  const script = `#!/bin/sh\necho 'openjdk version "${version}" 2024-01-16' >&2\necho 'OpenJDK Runtime Environment' >&2\nexit 0\n`;
  fs.writeFileSync(path.join(home, 'bin', 'java'), script, { mode: 0o755 });
  return home;
}

/** A /usr/lib/jvm look-alike with Java 17, 21 and 25 and a default-java symlink to 21. */
function jvmWithThree(): { jvm: string; j17: string; j21: string; j25: string } {
  const jvm = path.join(root, 'jvm');
  const j17 = fakeJvm(path.join(jvm, 'java-17-openjdk-amd64'), '17.0.15');
  const j21 = fakeJvm(path.join(jvm, 'java-21-openjdk-amd64'), '21.0.2');
  const j25 = fakeJvm(path.join(jvm, 'temurin-25-jdk-amd64'), '25.0.3');
  fs.symlinkSync(j21, path.join(jvm, 'default-java'));
  return { jvm, j17, j21, j25 };
}

const summary = (runtimes: JavaRuntime[]) => runtimes.map((r) => ({ name: path.basename(r.home), major: r.major, version: r.version }));

describe('inspectJava', () => {
  it.each([
    ['17.0.15', 17],
    ['21.0.2', 21],
    ['25.0.3', 25],
    ['21', 21],
    ['25-ea', 25],
    ['21.0.2+13', 21],
    ['1.8.0_392', 8],
  ])('given a release file with JAVA_VERSION="%s", when inspected, then the major version is %i', (version, major) => {
    const home = fakeJvm(path.join(root, 'jdk'), version);
    expect(inspectJava(home)).toEqual({ home, executable: path.join(home, 'bin', 'java'), major, version });
  });

  it('given a folder without bin/java, when inspected, then it is no runtime', () => {
    const home = path.join(root, 'docs-only');
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(home, 'release'), 'JAVA_VERSION="21.0.2"\n');
    expect(inspectJava(home)).toBeUndefined();
  });

  it('given a release file without JAVA_VERSION and a java that prints nothing, when inspected, then it is no runtime', () => {
    const home = path.join(root, 'mute');
    fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(home, 'release'), 'IMPLEMENTOR="Fake"\n');
    fs.writeFileSync(path.join(home, 'bin', 'java'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    expect(inspectJava(home)).toBeUndefined();
  });

  // BUG: without a release file, inspectJava falls back to `java -version`, which prints to stderr and
  // exits 0; execFileSync then returns the (empty) stdout and does not throw, so the stderr is never read.
  it('given no release file, when inspected, then the version is read from `java -version` on stderr', () => {
    const home = fakeJvm(path.join(root, 'no-release'), '21.0.2', { release: false });
    expect(inspectJava(home)).toMatchObject({ home, major: 21, version: '21.0.2' });
  });
});

describe('listJavaRuntimes', () => {
  it('given a JVM folder with 17, 21 and 25 and a symlink to 21, when listed, then each runtime appears once with its version', () => {
    const { jvm } = jvmWithThree();

    const runtimes = listJavaRuntimes(undefined, jvm);

    // Sorted by folder name; default-java comes first and stands for the 21 it points to.
    expect(summary(runtimes)).toEqual([
      { name: 'default-java', major: 21, version: '21.0.2' },
      { name: 'java-17-openjdk-amd64', major: 17, version: '17.0.15' },
      { name: 'temurin-25-jdk-amd64', major: 25, version: '25.0.3' },
    ]);
  });

  it('given JAVA_HOME is a symlink to a runtime in the JVM folder, when listed, then JAVA_HOME comes first and that runtime is not repeated', () => {
    const { jvm, j25 } = jvmWithThree();
    const javaHome = path.join(root, 'my-java');
    fs.symlinkSync(j25, javaHome);

    const runtimes = listJavaRuntimes(javaHome, jvm);

    expect(runtimes[0]).toMatchObject({ home: javaHome, major: 25 });
    expect(runtimes.map((r) => r.major).sort()).toEqual([17, 21, 25]);
  });

  it('given JAVA_HOME outside the JVM folder, when listed, then it is added before the others', () => {
    const { jvm } = jvmWithThree();
    const javaHome = fakeJvm(path.join(root, 'opt', 'jdk-22'), '22.0.1');

    expect(summary(listJavaRuntimes(javaHome, jvm)).map((r) => r.name)).toEqual([
      'jdk-22',
      'default-java',
      'java-17-openjdk-amd64',
      'temurin-25-jdk-amd64',
    ]);
  });

  it('given entries that are no runtimes (a dangling symlink, a plain file, a folder without java), when listed, then they are skipped', () => {
    const jvm = path.join(root, 'jvm');
    fakeJvm(path.join(jvm, 'java-21-openjdk-amd64'), '21.0.2');
    fs.symlinkSync(path.join(root, 'gone'), path.join(jvm, 'dangling'));
    fs.writeFileSync(path.join(jvm, '.java-21-openjdk-amd64.jinfo'), 'name=java-21\n');
    fs.mkdirSync(path.join(jvm, 'openjdk-21'));

    expect(summary(listJavaRuntimes(path.join(root, 'missing-java-home'), jvm))).toEqual([
      { name: 'java-21-openjdk-amd64', major: 21, version: '21.0.2' },
    ]);
  });

  it('given a JVM folder that does not exist, when listed, then there are no runtimes', () => {
    expect(listJavaRuntimes(undefined, path.join(root, 'no-jvm'))).toEqual([]);
  });
});

describe('chooseJava', () => {
  const rt = (home: string, major: number): JavaRuntime => ({ home, executable: `${home}/bin/java`, major, version: `${major}.0.1` });
  const runtimes = [rt('/a/17', 17), rt('/a/21', 21), rt('/a/25', 25), rt('/a/22', 22)];

  it.each([
    [21, undefined, '/a/25'],
    [17, undefined, '/a/25'],
    [21, '/a/21', '/a/21'],
    [21, '/a/17', '/a/25'],
    [17, '/a/17', '/a/17'],
    [26, undefined, undefined],
  ])('given minimum Java %i and JAVA_HOME %s, when chosen, then the runtime is %s', (minMajor, javaHome, expected) => {
    expect(chooseJava(runtimes, minMajor, javaHome)?.home).toBe(expected);
  });
});
