import { dialNumber } from '@careflow/contracts';
import { z } from 'zod';
import type { TelephonySettings } from '../config';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { adapterFor } from './adapters';
import type { CallAdapter } from './adapters/types';
import { runCall } from './run';

export const callInput = z
  .object({
    mode: field(z.enum(['click_to_call', 'robot']).default('robot'), { label: { 'zh-CN': '呼叫方式', en: 'Mode' }, type: 'Dropdown' }),
    to: field(dialNumber, { label: { 'zh-CN': '被叫号码', en: 'Phone to call' } }),
    toName: field(z.string().max(64).optional(), { label: { 'zh-CN': '被叫姓名', en: 'Callee name' } }),
    agent: field(z.string().min(1).max(64).optional(), { label: { 'zh-CN': '坐席（点击呼叫）', en: 'Agent (click-to-call)' }, when: { field: 'mode', equals: 'click_to_call' } }),
    message: field(z.string().min(1).max(500).optional(), { label: { 'zh-CN': '语音播报内容（TTS）', en: 'Message read out (TTS)' }, type: 'Text', when: { field: 'mode', equals: 'robot' } }),
    confirmDigit: field(z.string().regex(/^[0-9*#]$/, 'one key: 0-9, * or #').default('1'), { label: { 'zh-CN': '确认按键', en: 'Confirm key' }, when: { field: 'mode', equals: 'robot' } }),
    ringTimeoutSeconds: field(z.number().int().min(5).max(300).default(45), { label: { 'zh-CN': '振铃超时（秒）', en: 'Ring timeout (seconds)' }, type: 'Number' }),
  })
  .refine((i) => i.mode !== 'robot' || !!i.message, { path: ['message'], message: 'a robot call needs the message it reads out' })
  .refine((i) => i.mode !== 'click_to_call' || !!i.agent, { path: ['agent'], message: 'a click-to-call needs the agent who talks' });

/** The call connector with a given adapter (tests pass their own; the shipped one follows the connectors' config). */
export function createCallConnector(adapter: (settings: TelephonySettings) => CallAdapter) {
  return defineConnector({
    id: 'call',
    version: 1,
    name: { 'zh-CN': '外呼电话', en: 'Outbound call' },
    description: {
      'zh-CN': '点击呼叫（坐席与老人通话）或机器人语音外呼（播报后按键确认）；未接通或忙线时抛出 BPMN 错误 CALL_NO_ANSWER。',
      en: 'Click-to-call (agent and elder) or a robot call reading a message with a key to confirm; no answer or busy raises the BPMN error CALL_NO_ANSWER.',
    },
    input: callInput,
    output: { call: { 'zh-CN': '通话：id、结果（answered/confirmed）与按键', en: 'The call: id, outcome (answered/confirmed) and keys pressed' } },
    errors: { CALL_NO_ANSWER: { 'zh-CN': '未接通、忙线或呼叫失败（错误信息为结果）', en: 'No answer, busy or failed (the message is the outcome)' } },
    // Ringing, the message and the keys: up to the ring timeout plus a few minutes.
    timeoutMs: 600_000,
    run: (input, ctx) => runCall(input, ctx, adapter(ctx.settings.telephony)),
  });
}

let configured: { settings: TelephonySettings; adapter: CallAdapter } | undefined;
let chosen: CallAdapter | undefined;
/** The adapter the connectors' config names (TELEPHONY_ADAPTER), made once per settings, unless one was chosen in code. */
function fromSettings(settings: TelephonySettings): CallAdapter {
  if (chosen) return chosen;
  if (configured?.settings !== settings) configured = { settings, adapter: adapterFor(settings) };
  return configured.adapter;
}

/** Runs the shipped call connector on this adapter (integration tests); undefined goes back to the configured one. */
export function useCallAdapter(adapter: CallAdapter | undefined): void {
  chosen = adapter;
}

export const callConnector = createCallConnector(fromSettings);
