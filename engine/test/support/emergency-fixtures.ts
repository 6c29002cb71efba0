import { ApiClient, eventually } from './api-client';
import { EngineFixture } from './test-engine';
import { createProvider, userOf } from './provider-fixtures';
import { JINAN_AREAS, WANG_XIUYING } from './registry-fixtures';

export type TimelineEntry = { type: string; data: Record<string, unknown> | null };
export type CaseDetail = {
  case: { id: string; status: string; satisfaction: string | null; priority: string };
  timeline: TimelineEntry[];
  tasks: { id: string; elementId: string; status: string; candidateGroups: string[]; formKey: string }[];
};
export type Call = { id: string; status: string; outcome: string | null; to: string };

/** What the emergency tests share: 王秀英 with two children, a provider that serves her community. */
export async function emergencyWorld(engine: EngineFixture) {
  for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
  const elder = await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING);
  if (elder.status !== 201) throw new Error(`elder not created: ${JSON.stringify(elder.body)}`);
  const item = { code: 'emergency_visit', name: '紧急上门查看', category: 'emergency', unit: '次', defaultPrice: 5000, minPrice: 0, maxPrice: 10000 };
  const created = await engine.admin.post('/api/service-items', item);
  // The seed ships the item; an older database may lack it.
  if (created.status !== 201 && created.status !== 409) throw new Error(`item not created: ${JSON.stringify(created.body)}`);
  const provider = await createProvider(engine.admin, { name: '山大社区服务站', areas: ['370102001001'], items: [{ code: 'emergency_visit', price: 5000 }], contractTo: '2099-12-31' });
  const providerUser = await userOf(engine, `station_${engine.db.name}`, ['provider_staff'], provider.id);
  return { elderId: elder.body.elder.id, providerUser };
}

/** Reads a case and waits for what the process does next. */
export function caseReader(admin: () => ApiClient) {
  const detail = async (caseId: string) => (await admin().get<CaseDetail>(`/api/cases/${caseId}`)).body;
  const openTask = (caseId: string, elementId: string) =>
    eventually(async () => (await detail(caseId)).tasks.find((t) => t.elementId === elementId && t.status === 'created'), 60_000, `task ${elementId}`);
  const complete = async (caseId: string, elementId: string, variables: Record<string, unknown>) => {
    const task = await openTask(caseId, elementId);
    const res = await admin().post(`/api/tasks/${task.id}/complete`, { variables });
    if (res.status !== 200) throw new Error(`${elementId} not completed: ${res.status} ${JSON.stringify(res.body)}`);
    return task;
  };
  const timelineWith = (caseId: string, type: string) =>
    eventually(async () => {
      const d = await detail(caseId);
      return d.timeline.some((e) => e.type === type) ? d : undefined;
    }, 60_000, `timeline entry ${type}`);
  const calls = async (caseId: string) => (await admin().get<{ items: Call[] }>(`/api/calls?caseId=${caseId}`)).body.items;
  /** The next ringing call of the case, to a phone not called before. */
  const ringing = (caseId: string, to: string) => eventually(async () => (await calls(caseId)).find((c) => c.status === 'ringing' && c.to === to), 60_000, `a call ringing at ${to}`);
  const sms = async (caseId: string) => (await admin().get<{ messages: { phone: string; content: string }[] }>(`/api/sms?caseId=${caseId}&pageSize=100`)).body.messages;
  return { detail, openTask, complete, timelineWith, calls, ringing, sms };
}

/**
 * A case's story from the engine's history (Operaton): steps by the model's element name, named end
 * events reached, and what an agent wrote on a step (the completed task's result).
 */
export function caseHistory(cases: ReturnType<typeof caseReader>, admin: () => ApiClient) {
  /** The timeline as `type name` (or `type` for entries without a name), in order. */
  const story = (timeline: TimelineEntry[]) => timeline.map((e) => (typeof e.data?.name === 'string' ? `${e.type} ${e.data.name}` : e.type));
  /**
   * Waits for a timeline entry of this type whose data matches (e.g. `{ name: '回访' }` or `{ elementId: 'classify' }`);
   * on a timeout the error lists what the timeline holds instead.
   */
  const entry = async (caseId: string, type: string, data: Record<string, unknown>) => {
    try {
      return await eventually(
        async () => {
          const d = await cases.detail(caseId);
          return d.timeline.some((e) => e.type === type && Object.entries(data).every(([k, v]) => e.data?.[k] === v)) ? d : undefined;
        },
        60_000,
        `${type} ${JSON.stringify(data)}`,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; the timeline has: ${story((await cases.detail(caseId)).timeline).join(', ')}`);
    }
  };
  /** The step of this model name finished. */
  const stepDone = (caseId: string, name: string) => entry(caseId, 'step.completed', { name });
  /** The named end event reached. */
  const reached = (caseId: string, name: string) => entry(caseId, 'end.reached', { name });
  /** What the agent submitted on the case's completed task of this element. */
  const taskResult = async (caseId: string, elementId: string) => {
    const task = (await cases.detail(caseId)).tasks.find((t) => t.elementId === elementId && t.status === 'completed');
    if (!task) throw new Error(`no completed task ${elementId}`);
    return (await admin().get<{ task: { result: Record<string, unknown> | null } }>(`/api/tasks/${task.id}`)).body.task.result;
  };
  return { entry, stepDone, reached, story, taskResult };
}
