import os from 'node:os';
import path from 'node:path';
import { ConfigError, databaseFromUrl, describeEnv, engineEnvSchema, loadEngineConfig, REPO_ROOT } from './index';

const HOUR_MS = 3600_000;

/** The ConfigError a source throws; fails the test when it loads. */
function configErrorOf(source: NodeJS.ProcessEnv): ConfigError {
  try {
    loadEngineConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but the configuration loaded');
}

describe('loadEngineConfig', () => {
  describe('given an empty environment', () => {
    it('when loaded, then every setting takes its default and local state lives under REPO_ROOT/.careflow', () => {
      const config = loadEngineConfig({});
      const home = path.join(REPO_ROOT, '.careflow');

      expect(config.http).toEqual({
        host: '127.0.0.1',
        port: 3000,
        bodyLimit: '5mb',
        webDist: path.join(REPO_ROOT, 'web', 'dist'),
        trustProxy: false,
        trustedOrigins: [],
        checkResponses: false,
      });
      expect(config.outbound).toEqual({ allowHosts: '' });
      expect(config.home).toBe(home);
      expect(config.dataDir).toBe(path.join(home, 'data'));
      expect(config.logDir).toBe(path.join(home, 'logs'));
      expect(config.database).toEqual({ type: 'sqlite', file: path.join(home, 'data', 'careflow.db') });
      expect(config.sessionTtlMs).toBe(12 * HOUR_MS);
      expect(config.adminPassword).toBeUndefined();
      expect(config.env).toMatchObject({
        PROCESS_ENGINE_PORT: 8180,
        PROCESS_ENGINE_HEAP: '320m',
        PROCESS_ENGINE_READY_TIMEOUT_SECONDS: 180,
        TRUST_PROXY: '0',
        LOG_LEVEL: 'info',
      });
      expect(config.env.PROCESS_ENGINE_URL).toBeUndefined();
      expect(config.env.DATABASE_URL).toBeUndefined();
    });

    it('when REPO_ROOT is asked, then it is the checkout holding the engine folder', () => {
      expect(path.join(REPO_ROOT, 'engine', 'src', 'config')).toBe(__dirname);
    });
  });

  describe('given CAREFLOW_HOME is set', () => {
    it('when loaded, then data, logs and the SQLite file are under that folder', () => {
      const home = path.join(os.tmpdir(), 'careflow-config-test-home');
      const config = loadEngineConfig({ CAREFLOW_HOME: home });

      expect(config.home).toBe(home);
      expect(config.dataDir).toBe(path.join(home, 'data'));
      expect(config.logDir).toBe(path.join(home, 'logs'));
      expect(config.database).toEqual({ type: 'sqlite', file: path.join(home, 'data', 'careflow.db') });
    });

    it('when it is relative, then it is resolved to an absolute path', () => {
      const config = loadEngineConfig({ CAREFLOW_HOME: 'some-relative-home' });
      expect(config.home).toBe(path.resolve('some-relative-home'));
      expect(path.isAbsolute(config.dataDir)).toBe(true);
    });
  });

  describe('given variables set to blank strings', () => {
    it('when loaded, then they count as unset and the defaults apply', () => {
      const config = loadEngineConfig({
        PORT: '',
        HOST: '   ',
        DATABASE_URL: '',
        PROCESS_ENGINE_URL: ' ',
        PROCESS_ENGINE_HEAP: '',
        CAREFLOW_ADMIN_PASSWORD: '',
        SESSION_TTL_HOURS: '\t',
        LOG_LEVEL: '',
      });

      expect(config.http.port).toBe(3000);
      expect(config.http.host).toBe('127.0.0.1');
      expect(config.database).toEqual({ type: 'sqlite', file: path.join(REPO_ROOT, '.careflow', 'data', 'careflow.db') });
      expect(config.env.PROCESS_ENGINE_URL).toBeUndefined();
      expect(config.env.PROCESS_ENGINE_HEAP).toBe('320m');
      expect(config.adminPassword).toBeUndefined();
      expect(config.sessionTtlMs).toBe(12 * HOUR_MS);
      expect(config.env.LOG_LEVEL).toBe('info');
    });

    it('when a value has surrounding spaces, then it is trimmed before use', () => {
      const config = loadEngineConfig({ PORT: ' 8080 ', HOST: ' 0.0.0.0 ' });
      expect(config.http.port).toBe(8080);
      expect(config.http.host).toBe('0.0.0.0');
    });
  });

  describe('given valid values', () => {
    it('when loaded, then numbers are coerced and hours become milliseconds', () => {
      const config = loadEngineConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        SESSION_TTL_HOURS: '2',
        TRUST_PROXY: '1',
        REQUEST_BODY_LIMIT: '512kb',
        CAREFLOW_ADMIN_PASSWORD: 'Long-enough-password-1',
        PROCESS_ENGINE_URL: 'http://operaton.internal:8080/engine-rest',
        PROCESS_ENGINE_PASSWORD: 'a-long-enough-engine-secret',
        PROCESS_ENGINE_HEAP: '1g',
      });

      expect(config.http).toMatchObject({ host: '0.0.0.0', port: 8080, bodyLimit: '512kb', trustProxy: true });
      expect(config.sessionTtlMs).toBe(2 * HOUR_MS);
      expect(config.adminPassword).toBe('Long-enough-password-1');
      expect(config.env).toMatchObject({ PROCESS_ENGINE_URL: 'http://operaton.internal:8080/engine-rest', PROCESS_ENGINE_HEAP: '1g' });
    });
  });

  describe('given DATABASE_URL', () => {
    it('when it is a mysql:// URL, then the database is MySQL with that URL unchanged', () => {
      const url = 'mysql://careflow:secret@db.internal:3306/careflow';
      expect(loadEngineConfig({ DATABASE_URL: url }).database).toEqual({ type: 'mysql', url });
    });

    it.each([
      ['sqlite:/var/lib/careflow/cf.db', '/var/lib/careflow/cf.db'],
      ['sqlite:///var/lib/careflow/cf.db', '/var/lib/careflow/cf.db'],
      ['sqlite:relative/cf.db', path.resolve('relative/cf.db')],
      ['sqlite://relative/cf.db', path.resolve('relative/cf.db')],
    ])('when it is %s, then the database is the SQLite file %s', (url, file) => {
      expect(loadEngineConfig({ DATABASE_URL: url }).database).toEqual({ type: 'sqlite', file });
    });

    it.each(['postgres://u:p@host/db', 'mysql://', 'sqlite:', '/var/lib/careflow/cf.db'])(
      'when it is %s, then loading fails naming DATABASE_URL',
      (url) => {
        const error = configErrorOf({ DATABASE_URL: url });
        expect(error.problems).toEqual([expect.stringMatching(/^DATABASE_URL: must be mysql:\/\/.* or sqlite:/)]);
      },
    );
  });

  describe('given one bad value', () => {
    it.each([
      ['PORT', 'abc'],
      ['PORT', '0'],
      ['PORT', '65536'],
      ['PORT', '80.5'],
      ['PROCESS_ENGINE_PORT', '-1'],
      ['PROCESS_ENGINE_USER', 'no spaces'],
      ['PROCESS_ENGINE_USER', 'a/b'],
      ['PROCESS_ENGINE_HISTORY_TTL', '180'],
      ['PROCESS_ENGINE_HEAP', 'lots'],
      ['PROCESS_ENGINE_HEAP', '512'],
      ['PROCESS_ENGINE_READY_TIMEOUT_SECONDS', '1'],
      ['SESSION_TTL_HOURS', '0'],
      ['SESSION_TTL_HOURS', '721'],
      ['REQUEST_BODY_LIMIT', '5gb'],
      ['TRUST_PROXY', 'yes'],
      ['API_RESPONSE_CHECK', 'on'],
      ['LOG_LEVEL', 'loud'],
    ])('when %s=%s, then one problem names that variable and the value given', (name, value) => {
      const error = configErrorOf({ [name]: value });
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(new RegExp(`^${name}: .+ \\(got "${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\)$`));
    });
  });

  it.each([
    ['CAREFLOW_ADMIN_PASSWORD', 'short'],
    ['CAREFLOW_ADMIN_PASSWORD', 'Admin-at-home-1'],
    ['CAREFLOW_ADMIN_PASSWORD', 'alllowercaseletters'],
    ['CAREFLOW_ADMIN_PASSWORD', 'Password1'],
    ['DATABASE_URL', 'postgres://careflow:s3cret@db/careflow'],
  ])('given a bad secret-bearing %s, when loaded, then the problem names the variable but never echoes the value', (name, value) => {
    const error = configErrorOf({ [name]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^${name}: `));
    expect(error.problems[0]).not.toContain(value);
  });

  describe('given several bad values at once', () => {
    const bad = {
      PORT: 'abc',
      PROCESS_ENGINE_USER: 'no spaces',
      PROCESS_ENGINE_HEAP: 'lots',
      CAREFLOW_ADMIN_PASSWORD: 'short',
      LOG_LEVEL: 'loud',
    };

    it('when loaded, then a single ConfigError lists every bad variable, one problem each', () => {
      const error = configErrorOf({ ...bad, HOST: '0.0.0.0', SESSION_TTL_HOURS: '4' });

      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('ConfigError');
      const named = error.problems.map((p) => p.split(':')[0]).sort();
      expect(named).toEqual(Object.keys(bad).sort());
    });

    it('when loaded, then the error message repeats every problem on its own line', () => {
      const error = configErrorOf(bad);

      expect(error.message.split('\n')[0]).toBe('Invalid configuration:');
      for (const problem of error.problems) expect(error.message).toContain(`  - ${problem}`);
      for (const name of Object.keys(bad)) expect(error.message).toMatch(new RegExp(`^  - ${name}: `, 'm'));
    });

    it('when loaded, then the problems say what is expected', () => {
      const { problems } = configErrorOf(bad);

      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^PROCESS_ENGINE_USER: must be 1–64 letters, digits/),
          expect.stringMatching(/^PROCESS_ENGINE_HEAP: must be like 384m or 1g/),
          expect.stringMatching(/^CAREFLOW_ADMIN_PASSWORD: must be at least 8 characters/),
        ]),
      );
    });
  });
});

describe('databaseFromUrl', () => {
  it.each([
    [undefined, { type: 'sqlite', file: path.join('/srv/careflow/data', 'careflow.db') }],
    ['mysql://u:p@h:3306/db', { type: 'mysql', url: 'mysql://u:p@h:3306/db' }],
    ['sqlite:/tmp/x.db', { type: 'sqlite', file: '/tmp/x.db' }],
    ['sqlite:///tmp/x.db', { type: 'sqlite', file: '/tmp/x.db' }],
  ])('given %s and data dir /srv/careflow/data, when mapped, then the database is %o', (url, expected) => {
    expect(databaseFromUrl(url, '/srv/careflow/data')).toEqual(expected);
  });
});

describe('describeEnv', () => {
  describe('given the engine schema', () => {
    const described = describeEnv(engineEnvSchema);

    it('when described, then every variable is listed once, in schema order', () => {
      expect(described.map((d) => d.name)).toEqual(Object.keys(engineEnvSchema));
    });

    it.each(Object.keys(engineEnvSchema))('when described, then %s has a non-empty description', (name) => {
      const entry = described.find((d) => d.name === name);
      expect(entry?.description.trim()).not.toBe('');
    });

    it.each([
      ['PORT', '3000'],
      ['HOST', '127.0.0.1'],
      ['PROCESS_ENGINE_PORT', '8180'],
      ['PROCESS_ENGINE_HEAP', '320m'],
      ['PROCESS_ENGINE_HISTORY_TTL', 'P180D'],
      ['SESSION_TTL_HOURS', '12'],
      ['REQUEST_BODY_LIMIT', '5mb'],
      ['TRUST_PROXY', '0'],
      ['LOG_LEVEL', 'info'],
      ['CAREFLOW_HOME', path.join(REPO_ROOT, '.careflow')],
    ])('when described, then %s shows its default %s', (name, fallback) => {
      expect(described.find((d) => d.name === name)?.default).toBe(fallback);
    });

    it.each(['DATABASE_URL', 'PROCESS_ENGINE_URL', 'PROCESS_ENGINE_PASSWORD', 'JAVA_HOME', 'CAREFLOW_ADMIN_PASSWORD'])(
      'when described, then the optional %s has no default',
      (name) => {
        expect(described.find((d) => d.name === name)?.default).toBeUndefined();
      },
    );
  });
});
