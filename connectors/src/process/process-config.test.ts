import { connectorProcessConfig } from './process-config';

describe('a connector process’s configuration', () => {
  it('given no PROCESS_ENGINE_URL, when read, then it is refused naming that variable beside every other problem', () => {
    expect(() => connectorProcessConfig({})).toThrow(/PROCESS_ENGINE_URL: required \(the Operaton REST API the connectors take external tasks from\)[\s\S]*CONNECTORS_ENGINE_PASSWORD/);
  });

  it('given PROCESS_ENGINE_URL and the process engine’s password, when read, then the workers poll that REST API with those credentials', () => {
    const config = connectorProcessConfig({ PROCESS_ENGINE_URL: 'http://operaton.internal:8080/engine-rest', PROCESS_ENGINE_PASSWORD: 'a-long-enough-password', CONNECTORS_ENGINE_PASSWORD: 'connector-password' });

    expect(config.processEngine).toEqual({ restUrl: 'http://operaton.internal:8080/engine-rest', headers: { authorization: `Basic ${Buffer.from('careflow:a-long-enough-password').toString('base64')}` } });
    expect(config).toMatchObject({ engineUrl: 'http://127.0.0.1:3000', username: 'connectors', password: 'connector-password' });
  });

  it('given a PROCESS_ENGINE_URL that is not an HTTP URL, when read, then it is refused with an example', () => {
    expect(() => connectorProcessConfig({ PROCESS_ENGINE_URL: '127.0.0.1:8080', CONNECTORS_ENGINE_PASSWORD: 'connector-password' })).toThrow('like http://operaton.internal:8080/engine-rest');
  });
});
