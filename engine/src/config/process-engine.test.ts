import path from 'node:path';
import { ConfigError, loadEngineConfig } from './index';

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    loadEngineConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError, but the configuration loaded');
}

describe('the process engine configuration', () => {
  it('given nothing set, when loaded, then CareFlow runs its own process engine on 8180 with H2 under data/, a bounded heap, 180 days of history and no credentials', () => {
    const config = loadEngineConfig({ CAREFLOW_HOME: '/srv/careflow' });
    expect(config.processEngine).toEqual({
      mode: 'local',
      port: 8180,
      heap: '320m',
      historyTimeToLive: 'P180D',
      readyTimeoutMs: 180_000,
      dataDir: path.join('/srv/careflow', 'data', 'process-engine'),
      logFile: path.join('/srv/careflow', 'logs', 'process-engine.log'),
      credentials: undefined,
    });
  });

  it('given PROCESS_ENGINE_URL with credentials, when loaded, then that engine is used (trailing slash dropped) and none is started', () => {
    const config = loadEngineConfig({ PROCESS_ENGINE_URL: 'http://operaton.internal:8080/engine-rest/', PROCESS_ENGINE_PASSWORD: 'a-long-enough-secret', PROCESS_ENGINE_USER: 'cf-engine' });
    expect(config.processEngine).toEqual({ mode: 'external', url: 'http://operaton.internal:8080/engine-rest', credentials: { user: 'cf-engine', password: 'a-long-enough-secret' } });
  });

  it('given a PROCESS_ENGINE_URL on loopback, when loaded, then credentials are optional', () => {
    expect(loadEngineConfig({ PROCESS_ENGINE_URL: 'http://127.0.0.1:8080/engine-rest' }).processEngine).toEqual({ mode: 'external', url: 'http://127.0.0.1:8080/engine-rest', credentials: undefined });
  });

  it('given PROCESS_ENGINE_PASSWORD for the local engine, when loaded, then the engine requires it and CareFlow sends it as user careflow', () => {
    const config = loadEngineConfig({ PROCESS_ENGINE_PASSWORD: 'a-long-enough-secret' });
    expect(config.processEngine).toMatchObject({ mode: 'local', credentials: { user: 'careflow', password: 'a-long-enough-secret' } });
  });

  it('given a PROCESS_ENGINE_URL off this machine without a password, when loaded, then it is refused: that REST API must not answer without credentials', () => {
    expect(problemsOf({ PROCESS_ENGINE_URL: 'http://operaton.internal:8080/engine-rest' })).toEqual([expect.stringMatching(/^PROCESS_ENGINE_PASSWORD: required with a PROCESS_ENGINE_URL off this machine/)]);
  });

  it('given several bad process engine values and another bad variable, when loaded, then one error lists every problem and echoes no secret', () => {
    const problems = problemsOf({
      PROCESS_ENGINE_URL: 'ftp://somewhere',
      PROCESS_ENGINE_HEAP: 'lots',
      PROCESS_ENGINE_HISTORY_TTL: '6 months',
      PROCESS_ENGINE_USER: 'has:colon',
      PROCESS_ENGINE_PASSWORD: 'short-secret',
      PROCESS_ENGINE_READY_TIMEOUT_SECONDS: '1',
      LOG_LEVEL: 'loud',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['LOG_LEVEL', 'PROCESS_ENGINE_HEAP', 'PROCESS_ENGINE_HISTORY_TTL', 'PROCESS_ENGINE_PASSWORD', 'PROCESS_ENGINE_READY_TIMEOUT_SECONDS', 'PROCESS_ENGINE_URL', 'PROCESS_ENGINE_USER'].sort(),
    );
    expect(problems.join('\n')).not.toContain('short-secret');
    expect(problems.join('\n')).not.toContain('ftp://somewhere');
    expect(problems).toContainEqual('PROCESS_ENGINE_HISTORY_TTL: must be a number of days like P180D (got "6 months")');
  });

  it('given the process engine on the engine’s own port, when loaded, then the clash is reported beside the schema’s problems', () => {
    expect(problemsOf({ PORT: '8180', LOG_LEVEL: 'loud' })).toEqual([expect.stringMatching(/^LOG_LEVEL: /), 'PROCESS_ENGINE_PORT: must differ from PORT (got "8180")']);
  });
});
