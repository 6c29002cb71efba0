import { signRequest } from '@careflow/connectors';
import { loadEngineConfig } from '../../config';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { caseHistory, caseReader, emergencyWorld } from '../../../test/support/emergency-fixtures';

const SECRET = 'pendant-gateway-secret-0123456789';
type VersionBody = { version: { bpmnXml: string; settings: Record<string, unknown> } };
type CaseRow = { id: string; channel: string; priority: string; elderId: string | null; serviceTypeKey: string; serviceTypeVersion: number; status: string };

/**
 * The shipped 紧急救助 as a pendant's alarm reaches it: signed by the switch, opening the seeded
 * type with no setting beyond the switch's secret; then an analyst changes the shipped process.
 */
describe.each(testDatabases())('alarms into the shipped emergency-rescue type on $name', ({ create }) => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create, { env: loadEngineConfig({ LOG_LEVEL: 'silent', TELEPHONY_SWITCH_SECRETS: `gw1:${SECRET}` }).env });
  const cases = caseReader(() => engine.admin);
  let elderId: string;

  beforeAll(async () => {
    ({ elderId } = await emergencyWorld(engine));
  });

  const send = async (event: Record<string, unknown>, secret = SECRET) => {
    const raw = JSON.stringify(event);
    const res = await fetch(`${engine.running.url}/api/telephony/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-careflow-switch': 'gw1', ...signRequest(secret, raw) }, body: raw });
    return { status: res.status, body: (await res.json()) as { caseId?: string; attachedTo?: string; error?: { code: string } } };
  };
  const pendantAlarm = (id: string, secret?: string) => send({ id, type: 'alarm.triggered', terminalId: 'PD-0001', button: 'SOS' }, secret);
  const elderCases = async () => (await engine.admin.get<{ cases: CaseRow[] }>(`/api/cases?elderId=${elderId}&serviceType=emergency-rescue`)).body.cases;
  const taskName = async (caseId: string, elementId: string) => ((await cases.openTask(caseId, elementId)) as unknown as { name: string }).name;

  it('given the seeded type, when a forged alarm and then a signed one arrive from her pendant, then only the signed one opens an emergency case waiting at 确认警情, and a repeat attaches to it', async () => {
    expect((await pendantAlarm('forged-1', 'not-the-switch-secret-000000')).status).toBe(401);
    expect(await elderCases()).toEqual([]);

    const first = await pendantAlarm('pd-1');
    expect(first.status).toBe(202);
    const caseId = first.body.caseId as string;
    opened.push(caseId);
    expect(await elderCases()).toEqual([expect.objectContaining({ id: caseId, channel: 'alarm', priority: 'emergency', serviceTypeVersion: 1, status: 'open' })]);
    expect(await cases.openTask(caseId, 'confirm-alarm')).toMatchObject({ candidateGroups: ['hotline'], formKey: 'emergency-confirm-alarm' });

    const repeat = await pendantAlarm('pd-2');
    expect(repeat).toMatchObject({ status: 202, body: { attachedTo: caseId } });
    await cases.timelineWith(caseId, 'alarm.repeated');
    expect((await elderCases()).map((c) => c.id)).toEqual([caseId]);
    // The same event id again is a replay: nothing more happens.
    expect(await pendantAlarm('pd-2')).toMatchObject({ status: 200, body: { ignored: true } });
    expect((await cases.detail(caseId)).timeline.filter((e) => e.type === 'alarm.repeated')).toHaveLength(1);
  });

  it('given a case open on the shipped version, when an analyst renames its first step and publishes, then new alarms follow v2 while the open case finishes on v1', async () => {
    const [before] = await elderCases();
    const v1 = (await engine.admin.get<VersionBody>('/api/service-types/emergency-rescue/versions/1')).body.version;
    const changed = v1.bpmnXml.replace('name="确认警情"', 'name="回拨确认警情"');
    expect(changed).not.toBe(v1.bpmnXml);
    expect((await engine.admin.post('/api/service-types/emergency-rescue/versions', { bpmnXml: changed, settings: v1.settings })).status).toBe(201);
    expect((await engine.admin.post('/api/service-types/emergency-rescue/publish', { version: 2 })).status).toBe(200);

    expect(await taskName(before.id, 'confirm-alarm')).toBe('确认警情');
    // The open case closes its alarm so the next one is not a repeat, on the version it began with.
    await cases.complete(before.id, 'confirm-alarm', { alarmOutcome: 'false_alarm', falseAlarmReason: '老人误触按键' });
    await cases.timelineWith(before.id, 'case.closed');

    const next = await pendantAlarm('pd-3');
    const newCase = next.body.caseId as string;
    opened.push(newCase);
    expect(newCase).not.toBe(before.id);
    expect(await taskName(newCase, 'confirm-alarm')).toBe('回拨确认警情');
    const rows = await elderCases();
    expect(rows.find((c) => c.id === before.id)).toMatchObject({ serviceTypeVersion: 1, status: 'closed' });
    expect(rows.find((c) => c.id === newCase)).toMatchObject({ serviceTypeVersion: 2, status: 'open' });
    // How it ended, from the engine's history: the model's named end event; the reason is the confirm step's answer.
    const closed = await cases.detail(before.id);
    expect(closed.timeline.find((e) => e.type === 'end.reached')?.data).toMatchObject({ elementId: 'end-false-alarm', name: '误报已结案' });
    expect(await caseHistory(cases, () => engine.admin).taskResult(before.id, 'confirm-alarm')).toMatchObject({ alarmOutcome: 'false_alarm', falseAlarmReason: '老人误触按键' });
  });
});
