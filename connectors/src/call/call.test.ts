import { runConnector } from '../runtime/outcome';
import { MemoryEngine } from '../../test/support/memory-engine';
import { testJob, testRunDeps } from '../../test/support/jobs';
import { simulatorAdapter } from './adapters/simulator';
import type { CallRecord } from './adapters/types';
import { createCallConnector } from './descriptor';

const connector = createCallConnector(() => simulatorAdapter);
const robot = { mode: 'robot', to: '13800138000', toName: '王小明', message: '您的家人触发了紧急呼叫，收到请按1', caseId: 'c0ffee00-0000-4000-8000-000000000001' };
const ringing: CallRecord = { id: 'call-1', status: 'ringing', outcome: null, digits: null, hangupCause: null, startedAt: new Date().toISOString() };

/** An engine whose call record goes through the given states, one per read. */
function engineWith(...states: Partial<CallRecord>[]) {
  const engine = new MemoryEngine();
  let read = 0;
  engine.on('POST', '/api/calls', () => ({ call: ringing }));
  engine.on('GET', '/api/calls/call-1', () => ({ call: { ...ringing, ...states[Math.min(read++, states.length - 1)] } }));
  engine.on('PATCH', '/api/calls/call-1', (body) => ({ call: { ...ringing, status: 'ended', ...(body as object) } }));
  return engine;
}

describe('call connector with the simulator adapter', () => {
  it('given a robot call, when the callee presses 1, then the output is confirmed with the digits and the timeline line masks the number', async () => {
    const engine = engineWith({}, { status: 'ended', outcome: 'confirmed', digits: '1', hangupCause: 'NORMAL_CLEARING' });
    const { outcome, notes } = await runConnector(connector, robot, testJob(), testRunDeps(engine));
    expect(outcome).toEqual({ kind: 'complete', variables: { call: { id: 'call-1', outcome: 'confirmed', digits: '1' } } });
    expect(engine.requests.find((r) => r.method === 'POST' && r.path === '/api/calls')?.body).toMatchObject({
      key: 'careflow:test:1/2251799813685295/call:13800138000',
      caseId: robot.caseId,
      mode: 'robot',
      to: '13800138000',
      confirmDigit: '1',
      adapter: 'simulator',
    });
    expect(notes).toEqual([expect.objectContaining({ what: 'call.confirmed', to: ['王小明 138****8000'], result: 'confirmed' })]);
  });

  it('given a robot call answered with another key, when it ends, then the outcome is answered, not confirmed', async () => {
    const engine = engineWith({ status: 'ended', outcome: 'answered', digits: '2' });
    const { outcome } = await runConnector(connector, robot, testJob(), testRunDeps(engine));
    expect(outcome).toMatchObject({ kind: 'complete', variables: { call: { outcome: 'answered', digits: '2' } } });
  });

  it.each(['no_answer', 'busy'] as const)('given a call that ends %s, when run, then the BPMN error CALL_NO_ANSWER carries the outcome', async (result) => {
    const engine = engineWith({ status: 'ended', outcome: result, hangupCause: result === 'busy' ? 'USER_BUSY' : 'NO_ANSWER' });
    const { outcome, notes } = await runConnector(connector, robot, testJob(), testRunDeps(engine));
    expect(outcome).toEqual({ kind: 'bpmnError', errorCode: 'CALL_NO_ANSWER', errorMessage: result, variables: { call: expect.objectContaining({ outcome: result }) } });
    expect(notes[0]).toMatchObject({ what: `call.${result}`, result });
  });

  it('given a call still ringing after the ring timeout, when the worker looks, then it ends the call as no answer and raises CALL_NO_ANSWER', async () => {
    const engine = engineWith({ startedAt: new Date(Date.now() - 60_000).toISOString() });
    const { outcome } = await runConnector(connector, { ...robot, ringTimeoutSeconds: 30 }, testJob(), testRunDeps(engine));
    expect(outcome).toMatchObject({ kind: 'bpmnError', errorCode: 'CALL_NO_ANSWER', errorMessage: 'no_answer' });
    expect(engine.requests.filter((r) => r.method === 'PATCH')).toEqual([{ method: 'PATCH', path: '/api/calls/call-1', body: { event: 'ended', outcome: 'no_answer', hangupCause: 'NO_ANSWER' } }]);
  });

  it('given a first try that fails after placing the call, when the job is retried, then it follows the same call and places no second one', async () => {
    const engine = engineWith({ status: 'ended', outcome: 'confirmed', digits: '1' });
    let reads = 0;
    const get = engine.get.bind(engine);
    engine.get = async <T>(path: string) => {
      if (path === '/api/calls/call-1' && reads++ === 0) throw new Error('engine unreachable');
      return get<T>(path);
    };
    const first = await runConnector(connector, robot, testJob(3), testRunDeps(engine));
    const second = await runConnector(connector, robot, testJob(2), testRunDeps(engine));
    expect(first.outcome).toMatchObject({ kind: 'fail', retries: 2 });
    expect(second.outcome).toMatchObject({ kind: 'complete', variables: { call: { id: 'call-1', outcome: 'confirmed' } } });
    expect(engine.requests.filter((r) => r.method === 'POST' && r.path === '/api/calls')).toHaveLength(1);
  });

  it.each([
    ['a robot call without a message', { ...robot, message: undefined }, 'message'],
    ['a click-to-call without an agent', { mode: 'click_to_call', to: '13800138000' }, 'agent'],
    ['a phone number with letters', { ...robot, to: '138001380OO' }, 'to'],
    ['a confirm key of two digits', { ...robot, confirmDigit: '12' }, 'confirmDigit'],
    ['a ring timeout of an hour', { ...robot, ringTimeoutSeconds: 3600 }, 'ringTimeoutSeconds'],
  ])('given %s, when run, then INVALID_INPUT names the field and no call is placed', async (_what, input, fieldName) => {
    const engine = engineWith({});
    const { outcome } = await runConnector(connector, input, testJob(), testRunDeps(engine));
    expect(outcome).toMatchObject({ kind: 'bpmnError', errorCode: 'INVALID_INPUT' });
    expect((outcome as { errorMessage: string }).errorMessage).toContain(fieldName);
    expect(engine.requests.filter((r) => r.path === '/api/calls')).toHaveLength(0);
  });
});
