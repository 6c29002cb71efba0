import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseJava, inspectJava, JavaRuntime, listJavaRuntimes } from './java';
import { chooseZeebeRuntime, JavaNotFoundError, ZEEBE_PINS } from './zeebe-version';

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

describe('chooseZeebeRuntime', () => {
  it('given Java 17, 21 and 25, when chosen, then Zeebe 8.5.8 runs on the newest Java', () => {
    const { jvm, j25 } = jvmWithThree();

    const choice = chooseZeebeRuntime(undefined, undefined, jvm);

    expect(choice.version).toBe('8.5.8');
    expect(choice.version).toBe(ZEEBE_PINS[0].version);
    expect(choice.java).toMatchObject({ home: j25, major: 25, executable: path.join(j25, 'bin', 'java') });
  });

  it('given JAVA_HOME is a Java 21 outside the JVM folder that also holds a 25, when chosen, then JAVA_HOME is preferred', () => {
    const { jvm } = jvmWithThree();
    const javaHome = fakeJvm(path.join(root, 'opt', 'jdk-21'), '21.0.2');

    const choice = chooseZeebeRuntime(javaHome, undefined, jvm);

    expect(choice).toMatchObject({ version: '8.5.8', java: { home: javaHome, major: 21 } });
  });

  it('given JAVA_HOME is the Java 21 inside the JVM folder, when chosen, then it is preferred over the newer 25', () => {
    const { jvm, j21 } = jvmWithThree();

    expect(chooseZeebeRuntime(j21, undefined, jvm)).toMatchObject({ version: '8.5.8', java: { home: j21, major: 21 } });
  });

  it('given only Java 17, when chosen, then the 8.3 pin runs on it', () => {
    const jvm = path.join(root, 'jvm');
    const j17 = fakeJvm(path.join(jvm, 'java-17-openjdk-amd64'), '17.0.15');

    const choice = chooseZeebeRuntime(undefined, undefined, jvm);

    expect(choice).toMatchObject({ version: '8.3.16', java: { home: j17, major: 17 } });
    expect(choice.version).toBe(ZEEBE_PINS[1].version);
  });

  it('given only Java 17 as JAVA_HOME and an empty JVM folder, when chosen, then the 8.3 pin runs on JAVA_HOME', () => {
    const jvm = path.join(root, 'jvm');
    fs.mkdirSync(jvm);
    const javaHome = fakeJvm(path.join(root, 'jdk-17'), '17.0.15');

    expect(chooseZeebeRuntime(javaHome, undefined, jvm)).toMatchObject({ version: '8.3.16', java: { home: javaHome } });
  });

  describe('given a version override', () => {
    it.each([
      ['8.5.0', 'temurin-25-jdk-amd64'],
      ['8.4.5', 'temurin-25-jdk-amd64'],
      ['8.3.10', 'temurin-25-jdk-amd64'],
    ])('when %s is asked with Java 17, 21 and 25 around, then that version runs on %s', (version, home) => {
      const { jvm } = jvmWithThree();

      const choice = chooseZeebeRuntime(undefined, version, jvm);

      expect(choice.version).toBe(version);
      expect(path.basename(choice.java.home)).toBe(home);
    });

    it.each(['8.3.10', '8.2.5'])('when %s is asked with only Java 17, then it runs on Java 17', (version) => {
      const jvm = path.join(root, 'jvm');
      fakeJvm(path.join(jvm, 'java-17-openjdk-amd64'), '17.0.15');

      expect(chooseZeebeRuntime(undefined, version, jvm)).toMatchObject({ version, java: { major: 17 } });
    });

    it('when 8.5.8 is asked with only Java 17, then JavaNotFoundError names the Java 17 it saw', () => {
      const jvm = path.join(root, 'jvm');
      const j17 = fakeJvm(path.join(jvm, 'java-17-openjdk-amd64'), '17.0.15');

      expect(() => chooseZeebeRuntime(undefined, '8.5.8', jvm)).toThrow(JavaNotFoundError);
      expect(() => chooseZeebeRuntime(undefined, '8.5.8', jvm)).toThrow(`${j17} (17.0.15)`);
    });
  });

  describe('given no Java at all', () => {
    it.each([
      ['an empty JVM folder', true],
      ['no JVM folder', false],
    ])('when chosen with %s, then JavaNotFoundError says what to install', (_what, create) => {
      const jvm = path.join(root, 'jvm');
      if (create) fs.mkdirSync(jvm);

      let thrown: unknown;
      try {
        chooseZeebeRuntime(undefined, undefined, jvm);
      } catch (error) {
        thrown = error;
      }

      expect(thrown).toBeInstanceOf(JavaNotFoundError);
      const message = (thrown as Error).message;
      expect((thrown as Error).name).toBe('JavaNotFoundError');
      expect(message).toContain('Java 21 or newer');
      expect(message).toContain('none found');
      expect(message).toContain('apt-get install -y openjdk-21-jre-headless');
      expect(message).toContain('ZEEBE_ADDRESS');
    });

    it('when only a Java 11 is present, then JavaNotFoundError lists it as too old', () => {
      const jvm = path.join(root, 'jvm');
      const j11 = fakeJvm(path.join(jvm, 'java-11-openjdk-amd64'), '11.0.22');

      expect(() => chooseZeebeRuntime(undefined, undefined, jvm)).toThrow(`${j11} (11.0.22)`);
    });
  });
});
