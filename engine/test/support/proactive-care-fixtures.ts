import { ApiClient, eventually } from './api-client';
import { caseReader } from './emergency-fixtures';
import { PHOTO } from './household-fixtures';
import { testEngine } from './operaton-process-fixtures';
import { createProvider, userOf } from './provider-fixtures';
import { JINAN_AREAS, WANG_XIUYING, ZHANG_SANFENG } from './registry-fixtures';
import { EngineFixture } from './test-engine';

/** 王秀英's first phone on file, as the call record keeps it; her son's and daughter's mobiles, in call order. */
export const ELDER_PHONE = '053188001234';
export const SON = '13905310001';
export const DAUGHTER = '13905310002';

export type CareCall = { id: string; to: string; status: string; outcome: string | null; digits: string | null; startedAt: string };
export type CareOrder = { id: string; caseId: string | null; serviceItem: string; areaCode: string; status: string };

/**
 * What the 主动关怀 process tests share: 王秀英 (two children) in 山大社区, served by a community
 * station that offers 上门探视 (the item the seed ships); 张三丰 in 燕子山社区, which no provider
 * serves; and a care group.
 */
export async function proactiveCareWorld(engine: EngineFixture) {
  for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
  const elder = async (body: object) => {
    const res = await engine.admin.post<{ elder: { id: string } }>('/api/elders', body);
    if (res.status !== 201) throw new Error(`elder not created: ${JSON.stringify(res.body)}`);
    return res.body.elder.id;
  };
  const provider = await createProvider(engine.admin, { name: '山大社区服务站', areas: ['370102001001'], items: [{ code: 'care_visit', price: 0 }], contractTo: '2099-12-31' });
  const station = await userOf(engine, `care_station_${engine.db.name}`, ['provider_admin'], provider.id);
  await engine.admin.post('/api/groups', { key: 'care_team', name: '关怀组' });
  return { elderId: await elder(WANG_XIUYING), unservedElderId: await elder(ZHANG_SANFENG), station };
}

/** ISO instants `minutes` from now, as the care plans' opener gives a robot call's tries. */
export const triesAt = (...minutes: number[]) => minutes.map((m) => new Date(Date.now() + m * 60_000).toISOString());

/** Reads 主动关怀 cases: their process variables (also once closed), their timers, calls and orders. */
export function proactiveCareReader(engine: EngineFixture) {
  const cases = caseReader(() => engine.admin);
  const rest = testEngine();
  const instanceOf = async (caseId: string) => (await engine.admin.get<{ case: { processInstanceKey: string } }>(`/api/cases/${caseId}`)).body.case.processInstanceKey;
  /** The case's process variables from the engine's history: what the process set last. */
  const variables = async (caseId: string): Promise<Record<string, unknown>> => {
    const rows = await rest.get<{ name: string; value: unknown }[]>('/history/variable-instance', { processInstanceId: await instanceOf(caseId), deserializeValues: false });
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  };
  /** The timer of `activityId` once it waits: its job and when it is due. */
  const timer = async (caseId: string, activityId: string) => {
    const instance = await instanceOf(caseId);
    const [job] = await eventually(async () => {
      const jobs = await rest.get<{ id: string; dueDate: string }[]>('/job', { processInstanceId: instance, activityId, timers: true });
      return jobs.length ? jobs : undefined;
    }, 60_000, `the timer ${activityId}`);
    return job;
  };
  /** Its time comes now: the engine runs the timer's job. */
  const fire = async (caseId: string, activityId: string) => rest.post(`/job/${(await timer(caseId, activityId)).id}/execute`);
  /** A timer already due runs now, not when the engine's idle job executor next looks (up to a minute); one already run is left alone. */
  const hurry = async (caseId: string, activityId: string) => {
    const jobs = await rest.get<{ id: string }[]>('/job', { processInstanceId: await instanceOf(caseId), activityId, timers: true });
    for (const job of jobs) await rest.post(`/job/${job.id}/execute`).catch(() => undefined);
  };
  const closed = (caseId: string) => eventually(async () => ((await cases.detail(caseId)).case.status === 'closed' ? variables(caseId) : undefined), 60_000, 'the closed case');
  /** The robot call ringing at `to`: answered with these keys, answered and hung up without any (''), or not answered (null). */
  const answer = async (caseId: string, to: string, digits: string | null) => {
    const call = await cases.ringing(caseId, to);
    const at = `/api/telephony/simulator/calls/${call.id}`;
    const steps: [string, object?][] = digits === null ? [['no-answer']] : digits === '' ? [['answer', {}], ['hangup']] : [['answer', { digits }]];
    for (const [step, body] of steps) {
      const res = await engine.admin.post(`${at}/${step}`, body);
      if (res.status !== 200) throw new Error(`call ${step}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return call;
  };
  /** The case's calls in the order they were placed. */
  const calls = async (caseId: string) => (await engine.admin.get<{ items: CareCall[] }>(`/api/calls?caseId=${caseId}`)).body.items.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const orders = async (caseId: string) => (await engine.admin.get<{ dispatches: CareOrder[] }>(`/api/dispatches?caseId=${caseId}`)).body.dispatches;
  const order = (caseId: string) => eventually(async () => (await orders(caseId))[0], 60_000, 'the visit order');
  return { ...cases, variables, timer, fire, hurry, closed, answer, calls, orders, order };
}

/** The station's worker goes: accepts the order, starts and finishes it with a photo and what they found. */
export async function visitDone(station: ApiClient, orderId: string, visitResult: 'fine' | 'needs_help' | 'not_found' = 'fine', note?: string): Promise<void> {
  const ok = async (res: Promise<{ status: number; body: unknown }>, what: string) => {
    const r = await res;
    if (r.status !== 200) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  };
  await ok(station.post(`/api/dispatches/${orderId}/accept`, {}), 'accept');
  const photo = await station.upload<{ file: { id: string } }>(`/api/files?name=${encodeURIComponent('探视照片.png')}`, PHOTO, 'image/png');
  await ok(station.post(`/api/dispatches/${orderId}/start`, { photoFileId: photo.body.file.id }), 'start');
  await ok(station.post(`/api/dispatches/${orderId}/finish`, { photoFileId: photo.body.file.id, visitResult, ...(note ? { note } : {}) }), 'finish');
}
