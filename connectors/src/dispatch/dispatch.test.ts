import { createJobContext } from '../runtime/job-context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorBpmnError, ConnectorInputError } from '../runtime/errors';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { dispatchConnector } from './descriptor';
import { postSigned } from './webhook';
import { dispatchToProvider } from './run';

const quiet = { info: () => undefined, warn: () => undefined };
const record = { id: 'd-0001-aaaa', providerId: 'p1', serviceItem: 'housekeeping_basic', serviceItemName: '基础家政保洁', provider: { id: 'p1', name: '历下颐养家政', contactPhone: '13805310001' } };
const signed = { url: 'https://provider.example/hook', headers: { 'x-careflow-signature': 'sha256=abc' }, body: '{}' };

function setup(engine: MemoryEngine, webhook: typeof signed | null = null) {
  const posts: string[] = [];
  engine.on('GET', `/api/dispatches/${record.id}/webhook-request`, () => ({ request: webhook }));
  const run = () => {
    const { ctx, notes } = createJobContext({ job: testJob(), jobType: 'careflow:dispatch:1', variables: { caseId: 'case-1' }, engine, logger: quiet, signal: new AbortController().signal });
    const deps = {
      postSigned: async (r: typeof signed) => {
        posts.push(r.url);
        return 200;
      },
    };
    return { result: dispatchToProvider({ serviceItem: 'housekeeping_basic', areaCode: '370102001001', note: '上午', acceptWithin: 'PT30M', workWithin: 'PT24H' }, ctx, deps as never), notes };
  };
  return { posts, run };
}

describe('dispatch connector', () => {
  it('given the engine chooses a provider with a webhook, when run, then the dispatch is keyed by the job with its answer and work windows, the provider gets the signed webhook (the engine texts it), and the output names it', async () => {
    const engine = new MemoryEngine().on('POST', '/api/dispatches', () => ({ dispatch: { ...record, answerDueAt: '2026-01-31T08:30:00.000Z' } }));
    const { posts, run } = setup(engine, signed);
    const { result, notes } = run();

    expect(await result).toEqual({ dispatch: { id: record.id, providerId: 'p1', providerName: '历下颐养家政' } });
    expect(engine.requests.find((r) => r.method === 'POST')?.body).toEqual({ key: testJob().idempotencyKey, caseId: 'case-1', serviceItem: 'housekeeping_basic', areaCode: '370102001001', note: '上午', acceptWithin: 'PT30M', workWithin: 'PT24H' });
    expect(notes.find((n) => n.what === 'dispatch.created')?.detail).toMatchObject({ answerDueAt: '2026-01-31T08:30:00.000Z' });
    expect(posts).toEqual(['https://provider.example/hook']);
    expect(notes.at(-1)).toEqual({ what: 'dispatch.notified', to: ['138****0001'], result: 'portal,webhook' });
  });

  it('given the job runs again after the webhook was sent, when run, then no second dispatch and no second webhook', async () => {
    let created = 0;
    const engine = new MemoryEngine().on('POST', '/api/dispatches', () => ({ dispatch: { ...record, n: ++created } }));
    const { posts, run } = setup(engine, signed);
    await run().result;
    await run().result;
    expect([created, posts.length]).toEqual([1, 1]);
  });

  it('given a webhook stored on a loopback address, when run without an allow list, then the push is refused and noted and the dispatch still goes through the portal', async () => {
    const engine = new MemoryEngine().on('POST', '/api/dispatches', () => ({ dispatch: record }));
    engine.on('GET', `/api/dispatches/${record.id}/webhook-request`, () => ({ request: { ...signed, url: 'http://127.0.0.1:3999/hook' } }));
    const { ctx, notes } = createJobContext({ job: testJob(), jobType: 'careflow:dispatch:1', variables: {}, engine, logger: quiet, signal: new AbortController().signal });
    await dispatchToProvider({ serviceItem: 'housekeeping_basic', areaCode: '370102001001' }, ctx, { postSigned });
    expect(notes.find((n) => n.what === 'dispatch.webhook')).toMatchObject({ to: ['127.0.0.1:3999'], result: 'refused' });
    expect(notes.at(-1)?.result).toBe('portal');
  });

  it('given a provider without a webhook, when run, then only the portal (with the engine\'s in-app notice and SMS) is used', async () => {
    const engine = new MemoryEngine().on('POST', '/api/dispatches', () => ({ dispatch: record }));
    const { posts, run } = setup(engine, null);
    const { result, notes } = run();
    await result;
    expect(posts).toEqual([]);
    expect(notes.at(-1)?.result).toBe('portal');
  });

  it.each([
    ['no provider can take it', new EngineRequestError(422, 'no_provider', 'none'), ConnectorBpmnError, 'NO_PROVIDER'],
    ['the named provider cannot take it', new EngineRequestError(409, 'provider_unavailable', 'full'), ConnectorBpmnError, 'PROVIDER_UNAVAILABLE'],
    ['an unknown area', new EngineRequestError(400, 'invalid_input', 'area'), ConnectorInputError, undefined],
    ['the engine is down', new Error('503'), Error, undefined],
  ])('given %s, when run, then the error is mapped and nobody is told', async (_what, thrown, type, code) => {
    const engine = new MemoryEngine().on('POST', '/api/dispatches', () => {
      throw thrown;
    });
    const { posts, run } = setup(engine, signed);
    const result = run().result;
    await expect(result).rejects.toBeInstanceOf(type);
    if (code) await expect(result).rejects.toMatchObject({ errorCode: code });
    expect(posts).toEqual([]);
  });

  it.each([
    ['a service item and an area', { serviceItem: 'meal_delivery', areaCode: '370102' }, true],
    ['a named provider and a note', { serviceItem: 'meal_delivery', areaCode: '370102', providerId: 'p1', note: '送到门口' }, true],
    ['no area', { serviceItem: 'meal_delivery' }, false],
    ['an item code with spaces', { serviceItem: 'meal delivery', areaCode: '370102' }, false],
    ['a note of 501 characters', { serviceItem: 'meal_delivery', areaCode: '370102', note: 'x'.repeat(501) }, false],
    ['answer and work windows', { serviceItem: 'meal_delivery', areaCode: '370102', acceptWithin: 'PT30M', workWithin: 'P1DT12H' }, true],
    ['an answer window in minutes without the P', { serviceItem: 'meal_delivery', areaCode: '370102', acceptWithin: '30M' }, false],
    ['a work window that is a number', { serviceItem: 'meal_delivery', areaCode: '370102', workWithin: 30 }, false],
  ])('given %s, when the input is parsed, then it is accepted only when valid', (_what, input, ok) => {
    expect(dispatchConnector.input.safeParse(input).success).toBe(ok);
  });
});
