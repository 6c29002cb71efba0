import { runConnector } from '../../runtime/outcome';
import { MemoryEngine } from '../../../test/support/memory-engine';
import { testJob, testRunDeps } from '../../../test/support/jobs';
import { createCallConnector } from '../descriptor';
import { startScriptedEsl, ScriptedEsl } from './esl-server.testing';
import { freeswitchAdapter } from './freeswitch';
import { channelValue, originateArgs, unansweredOutcome } from './esl-commands';

const CALL_ID = '3f1c2a9e-7d4b-4c1e-9a55-0c8b2f6d1e10';
const settings = (port: number, password = 'ClueCon') => ({
  host: '127.0.0.1',
  port,
  password,
  dial: 'sofia/gateway/carrier/{number}',
  agentDial: 'user/{agent}',
  tts: { engine: 'tts_commandline', voice: 'zh' },
});
const robot = { mode: 'robot', to: '13800138000', message: '您的家人触发了紧急呼叫，收到请按1', ringTimeoutSeconds: 30 };

function engine() {
  const e = new MemoryEngine();
  e.on('POST', '/api/calls', () => ({ call: { id: CALL_ID, status: 'ringing', outcome: null, digits: null, hangupCause: null, startedAt: new Date().toISOString() } }));
  e.on('PATCH', `/api/calls/${CALL_ID}`, (body) => ({ call: body }));
  return e;
}

const answered = { 'Event-Name': 'CHANNEL_ANSWER', 'Answer-State': 'answered' };
const hangup = (cause: string, extra: Record<string, string> = {}) => ({ 'Event-Name': 'CHANNEL_HANGUP_COMPLETE', 'Hangup-Cause': cause, ...extra });

describe('freeswitch adapter over the Event Socket', () => {
  let esl: ScriptedEsl | undefined;
  afterEach(async () => {
    await esl?.close();
    esl = undefined;
  });

  const run = async (script: Parameters<typeof startScriptedEsl>[1], input: Record<string, unknown> = robot, password = 'ClueCon') => {
    esl = await startScriptedEsl('ClueCon', script);
    const memory = engine();
    const connector = createCallConnector(() => freeswitchAdapter(settings(esl!.port, password)));
    const result = await runConnector(connector, input, testJob(), testRunDeps(memory));
    return { ...result, memory, commands: esl.commands };
  };

  it('given a robot call the callee answers and confirms with 1, when run, then it authenticates, subscribes, originates with TTS and digit collection, and reports confirmed', async () => {
    const { outcome, memory, commands } = await run(() => ({ events: [answered, { 'Event-Name': 'DTMF', 'DTMF-Digit': '1' }, hangup('NORMAL_CLEARING')], jobResult: `+OK ${CALL_ID}\n` }));
    expect(outcome).toEqual({ kind: 'complete', variables: { call: { id: CALL_ID, outcome: 'confirmed', digits: '1' } } });
    expect(commands.slice(0, 5)).toEqual([
      'auth ClueCon',
      'event json BACKGROUND_JOB CHANNEL_EXECUTE_COMPLETE',
      'event plain CHANNEL_ANSWER CHANNEL_BRIDGE DTMF CHANNEL_HANGUP_COMPLETE BACKGROUND_JOB CHANNEL_EXECUTE_COMPLETE',
      `filter Unique-ID ${CALL_ID}`,
      `filter Job-UUID ${CALL_ID}`,
    ]);
    expect(commands[5]).toBe(
      `bgapi originate {origination_uuid=${CALL_ID},originate_timeout=30,ignore_early_media=true,tts_engine=tts_commandline,tts_voice=zh,careflow_call_id=${CALL_ID},careflow_message='您的家人触发了紧急呼叫，收到请按1'}sofia/gateway/carrier/13800138000 &play_and_get_digits(1 1 3 8000 # 'say:\${careflow_message}' silence_stream://250 careflow_digits [0-9*#])\nJob-UUID: ${CALL_ID}`,
    );
    expect(memory.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
      { event: 'answered' },
      { event: 'ended', outcome: 'confirmed', hangupCause: 'NORMAL_CLEARING', digits: '1' },
    ]);
  });

  it('given a robot call answered without a key, when it hangs up, then the outcome is answered', async () => {
    const { outcome } = await run(() => ({ events: [answered, hangup('NORMAL_CLEARING')], jobResult: `+OK ${CALL_ID}\n` }));
    expect(outcome).toMatchObject({ kind: 'complete', variables: { call: { outcome: 'answered', digits: null } } });
  });

  it.each([
    ['USER_BUSY', 'busy'],
    ['NO_ANSWER', 'no_answer'],
  ])('given a callee that is never reached (%s), when the originate job fails, then CALL_NO_ANSWER with %s and the record ends so', async (cause, result) => {
    const { outcome, memory } = await run(() => ({ events: [hangup(cause)], jobResult: `-ERR ${cause}\n` }));
    expect(outcome).toEqual({ kind: 'bpmnError', errorCode: 'CALL_NO_ANSWER', errorMessage: result, variables: { call: expect.objectContaining({ outcome: result }) } });
    expect(memory.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([{ event: 'ended', outcome: result, hangupCause: cause }]);
  });

  it('given a click-to-call, when the agent answers and the callee is bridged, then it originates the agent leg bridging to the callee and settles answered', async () => {
    const { outcome, commands } = await run(() => ({ events: [answered, { 'Event-Name': 'CHANNEL_BRIDGE' }], jobResult: `+OK ${CALL_ID}\n` }), { mode: 'click_to_call', to: '13800138000', agent: 'agent1', ringTimeoutSeconds: 20 });
    expect(outcome).toMatchObject({ kind: 'complete', variables: { call: { outcome: 'answered' } } });
    expect(commands[5]).toBe(
      `bgapi originate {origination_uuid=${CALL_ID},originate_timeout=20,origination_caller_id_number=13800138000,careflow_call_id=${CALL_ID}}user/agent1 &bridge({originate_timeout=20}sofia/gateway/carrier/13800138000)\nJob-UUID: ${CALL_ID}`,
    );
  });

  it('given a wrong Event Socket password, when run, then the job fails operationally (retried) and nothing is originated', async () => {
    const { outcome, commands } = await run(() => ({ events: [], jobResult: '' }), robot, 'wrong');
    expect(outcome).toMatchObject({ kind: 'fail', errorMessage: 'FreeSWITCH refused the Event Socket password' });
    expect(commands.some((c) => c.startsWith('bgapi'))).toBe(false);
  });

  it('given hangup causes and hostile text, when mapped, then causes give outcomes and the message cannot break out of the variable block', () => {
    expect([unansweredOutcome('USER_BUSY'), unansweredOutcome('CALL_REJECTED'), unansweredOutcome('NO_USER_RESPONSE'), unansweredOutcome('UNALLOCATED_NUMBER')]).toEqual(['busy', 'busy', 'no_answer', 'failed']);
    expect(channelValue("a,b}'{${x}\n")).toBe("'a\\,bx '");
    const args = originateArgs('id-1', { key: 'k', caseId: null, mode: 'robot', to: '110', message: '}&hangup(', confirmDigit: '1', ringTimeoutSeconds: 5 }, settings(1));
    expect(args).toContain("careflow_message='&hangup('}sofia/gateway/carrier/110 &play_and_get_digits(");
  });
});
