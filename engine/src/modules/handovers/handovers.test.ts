import { createHmac } from 'node:crypto';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { signRequest } from '@careflow/connectors';
import { eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

const SECRET = '12345-line-shared-secret-0001';
type Entry = { type: string; data: Record<string, unknown> | null };
type Detail = { case: { id: string; caseNumber: string; status: string; channel: string }; timeline: Entry[]; tasks: { id: string; status: string }[] };
type Handover = { caseId: string; caseNumber: string; reference: string; repeats: number; reportState: string; serviceTypeKey: string; reportError: string | null };
type Incident = { jobKey: string; elementId: string };

/** The source's callback: checks our signature; /ok files the result, /down is always busy (503). */
async function startCallback() {
  const received: { path: string; body: Record<string, unknown>; signatureValid: boolean }[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${String(req.headers['x-careflow-timestamp'])}.${raw}`).digest('hex')}`;
      received.push({ path: req.url ?? '', body: JSON.parse(raw) as Record<string, unknown>, signatureValid: expected === req.headers['x-careflow-signature'] });
      res.writeHead(req.url === '/ok' ? 200 : 503, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testDatabases())('转办件 on $name, on Operaton, with a local source callback', ({ create }) => {
  const engine = useTestEngine(create, { handovers: { reportRetries: 2, reportBackoff: 'PT1S' } });
  const complaint = uniqueProcessId('ho_complaint');
  let callback: Awaited<ReturnType<typeof startCallback>>;
  let seq = 0;

  /** A 转办件 as the source sends it: the raw body signed with `secret`. */
  const send = async (source: string, payload: Record<string, unknown>, secret = SECRET) => {
    const raw = JSON.stringify({ title: '小区路灯不亮', description: '晚上出行不便', caller: { name: '李先生', phone: '13800138000' }, receivedAt: new Date().toISOString(), ...payload });
    const res = await fetch(`${engine.running.url}/api/handovers/${source}`, { method: 'POST', headers: { 'content-type': 'application/json', ...signRequest(secret, raw) }, body: raw });
    return { status: res.status, body: (await res.json()) as { caseNumber: string; repeat: boolean; error?: { code: string } } };
  };
  const handovers = async () => (await engine.admin.get<{ handovers: Handover[] }>('/api/handovers?pageSize=100')).body.handovers;
  const handoverOf = async (reference: string) => (await handovers()).filter((h) => h.reference === reference);
  const detail = async (caseId: string) => (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body;
  const closeCase = async (caseId: string) => {
    const task = await eventually(async () => (await detail(caseId)).tasks.find((t) => t.status === 'created'), 30_000, 'the handling task');
    expect((await engine.admin.post(`/api/tasks/${task.id}/complete`, { variables: { handoverResult: '已联系供电所修复路灯' } })).status).toBe(200);
  };
  const addSource = (code: string, path: string) =>
    engine.admin.post('/api/handover-sources', { code, name: '12345 热线', channel: 'handover', secret: SECRET, callbackUrl: `${callback.url}${path}`, mapping: { 投诉: complaint }, defaultServiceType: 'policy-consultation', active: true });

  beforeAll(async () => {
    callback = await startCallback();
    await engine.admin.post('/api/forms', { key: 'ho-intake', title: '转办受理', schema: { type: 'object', properties: { question: { type: 'string', title: '诉求', required: true }, callerPhone: { type: 'string', title: '电话' } } } });
    await engine.admin.post('/api/forms', { key: 'ho-handle', title: '办理', schema: { type: 'object', properties: { handoverResult: { type: 'string', title: '办理结果', required: true } } } });
    await engine.admin.post('/api/service-types', { key: complaint, names: { 'zh-CN': '投诉', en: 'Complaint' }, category: 'test', intakeFormKey: 'ho-intake' });
    const settings = { priority: 'normal', channels: ['phone', 'web', 'sms', 'handover'], startRoles: ['agent', 'supervisor', 'admin'] };
    await engine.admin.post(`/api/service-types/${complaint}/versions`, { bpmnXml: chain(complaint, [{ id: 'handle', xml: userTask('handle', 'ho-handle', 'agents', '办理') }]), settings });
    expect((await engine.admin.post(`/api/service-types/${complaint}/publish`, { version: 1 })).status).toBe(200);
    expect((await addSource('line12345', '/ok')).status).toBe(201);
    expect((await addSource('mailbox', '/down')).status).toBe(201);
  });
  afterAll(() => callback?.close());

  it('given a 转办件 received twice, then one case of the mapped type takes both: 201 then 200 with the same number, and a 转办件重复来件 entry with the new text', async () => {
    const reference = `GD-${++seq}-${Date.now()}`;
    const first = await send('line12345', { reference, category: '投诉' });
    const again = await send('line12345', { reference, category: '投诉', description: '已经三天了，还没修' });

    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 200, body: { caseNumber: first.body.caseNumber, repeat: true } });
    const [row, ...others] = await handoverOf(reference);
    expect(others).toEqual([]);
    expect(row).toMatchObject({ caseNumber: first.body.caseNumber, serviceTypeKey: complaint, repeats: 1, reportState: 'waiting' });
    const { case: opened, timeline } = await detail(row.caseId);
    expect(opened.channel).toBe('handover');
    expect(timeline.find((e) => e.type === 'handover.received')?.data).toMatchObject({ source: 'line12345', reference });
    expect(timeline.filter((e) => e.type === 'handover.repeated').map((e) => e.data?.description)).toEqual(['已经三天了，还没修']);
  });

  it('given a forged or stale signature, or an unknown source, then 401 and no case', async () => {
    const reference = `GD-forged-${Date.now()}`;
    expect((await send('line12345', { reference }, 'not-the-shared-secret-at-all')).status).toBe(401);
    expect((await send('nosuchsource', { reference })).status).toBe(401);
    const raw = JSON.stringify({ reference, title: 'x', receivedAt: new Date().toISOString() });
    const stale = await fetch(`${engine.running.url}/api/handovers/line12345`, { method: 'POST', headers: { 'content-type': 'application/json', ...signRequest(SECRET, raw, Date.now() - 3600_000) }, body: raw });
    expect(stale.status).toBe(401);
    expect(await handoverOf(reference)).toEqual([]);
  });

  it('given a category the source has no mapping for, then the case opens with the default type, its intake filled from the 转办件', async () => {
    const reference = `GD-default-${Date.now()}`;
    const sent = await send('line12345', { reference, category: '其他' });
    expect(sent.status).toBe(201);
    const [row] = await handoverOf(reference);
    expect(row.serviceTypeKey).toBe('policy-consultation');
  });

  it('given a handover case, when it closes, then its source hears the signed result, 已回传 is on the case, and the same reference later opens a new case', async () => {
    const reference = `GD-close-${Date.now()}`;
    const sent = await send('line12345', { reference, category: '投诉' });
    const [row] = await handoverOf(reference);
    await closeCase(row.caseId);

    const reported = await eventually(async () => (await handoverOf(reference)).find((h) => h.reportState === 'reported'), 60_000, 'the result reported');
    const posted = callback.received.filter((r) => r.body.reference === reference);
    expect(posted).toEqual([{ path: '/ok', signatureValid: true, body: expect.objectContaining({ event: 'handover.result', source: 'line12345', caseNumber: sent.body.caseNumber, outcome: 'closed', summary: '已联系供电所修复路灯' }) }]);
    expect(typeof posted[0].body.closedAt).toBe('string');
    const { timeline } = await detail(reported.caseId);
    expect(timeline.some((e) => e.type === 'handover.reported')).toBe(true);

    const later = await send('line12345', { reference, category: '投诉' });
    expect(later.status).toBe(201);
    expect(later.body).toMatchObject({ repeat: false, previousCaseNumber: sent.body.caseNumber });
    expect(later.body.caseNumber).not.toBe(sent.body.caseNumber);
  });

  it('given a callback that keeps failing, when the case closes, then the post is retried, an incident is raised on the case and 回传失败 is recorded', async () => {
    const reference = `GD-down-${Date.now()}`;
    await send('mailbox', { reference, category: '投诉' });
    const [row] = await handoverOf(reference);
    await closeCase(row.caseId);

    const failed = await eventually(async () => (await handoverOf(reference)).find((h) => h.reportState === 'incident'), 60_000, 'the report incident');
    expect(callback.received.filter((r) => r.body.reference === reference).map((r) => r.path)).toEqual(['/down', '/down']);
    expect(failed.reportError).toContain('503');
    const { timeline } = await detail(row.caseId);
    expect(timeline.filter((e) => e.type === 'handover.report_failed')).toHaveLength(1);
    const incidents = (await engine.admin.get<{ incidents: Incident[] }>(`/api/cases/${row.caseId}/incidents`)).body.incidents;
    expect(incidents.map((i) => i.elementId)).toEqual(['post_result']);
  });
});
