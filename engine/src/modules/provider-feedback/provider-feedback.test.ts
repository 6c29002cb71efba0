import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { agreedOrder, serve, useHouseholdWorld } from '../../../test/support/household-fixtures';
import { userOf } from '../../../test/support/provider-fixtures';

type Standing = { providerId: string; rating: number | null; counted: number; evaluations: number; complaints: number };
type View = { id: string; dispatchId: string; caseNumber: string | null; serviceItemName: string; source: string; satisfaction: string | null; complaint: boolean; score: number; note: string | null; recordedByName: string };
type Listed = { standing: Standing; feedback: View[]; total: number; page: number; pageSize: number };
type Recorded = { feedback: View; repeated: boolean; standing: Standing };

/** 服务评价 on the shipped 家政便民 process: the return visit rates the provider that did the work, and the rating ranks dispatch. */
describe.each(testDatabases())('provider feedback on $name', ({ create }) => {
  const { engine, world, opened, cases } = useHouseholdWorld(create);
  const standingOf = async (providerId: string) => (await engine.admin.get<Listed>(`/api/providers/${providerId}/feedback`)).body.standing;

  it('given a finished order, when the return visit records a complaint, then the provider is rated 0 from it and the next order goes to the provider not yet evaluated', async () => {
    const { caseId, provider, order } = await agreedOrder(engine, world, opened);
    await serve(provider, order);
    await cases.complete(caseId, 'return-visit', { satisfaction: 'satisfied', complaintAboutProvider: true, returnVisitNote: '服务员态度差' });
    const standing = await eventually(async () => ((await standingOf(provider.id)).evaluations > 0 ? standingOf(provider.id) : undefined), 60_000, 'the evaluation');
    expect(standing).toMatchObject({ providerId: provider.id, rating: 0, counted: 1, evaluations: 1, complaints: 1 });
    const listed = (await engine.admin.get<Listed>(`/api/providers/${provider.id}/feedback?complaintsOnly=true`)).body;
    expect(listed.feedback).toEqual([expect.objectContaining({ dispatchId: order.id, source: 'return_visit', satisfaction: 'satisfied', complaint: true, score: 0, note: '服务员态度差', serviceItemName: '居家保洁' })]);
    expect(listed.feedback[0].caseNumber).toMatch(/\d/);

    // 一般 (3.0) for the provider nobody evaluated yet beats the one the complaint pulled down.
    const next = await agreedOrder(engine, world, opened);
    expect(next.provider.id).not.toBe(provider.id);
  });

  it('given a return visit without a complaint, when it is recorded, then the answer scores on the five-level scale and the rating is the mean, to one decimal', async () => {
    const { caseId, provider, order } = await agreedOrder(engine, world, opened);
    const before = await standingOf(provider.id);
    await serve(provider, order);
    // As the form sends it: the switch untouched, the note left empty.
    await cases.complete(caseId, 'return-visit', { satisfaction: 'very_satisfied', complaintAboutProvider: false, returnVisitNote: null });
    const after = await eventually(async () => ((await standingOf(provider.id)).evaluations > before.evaluations ? standingOf(provider.id) : undefined), 60_000, 'the evaluation');
    const { feedback } = (await engine.admin.get<Listed>(`/api/providers/${provider.id}/feedback`)).body;
    expect(feedback[0]).toMatchObject({ dispatchId: order.id, satisfaction: 'very_satisfied', complaint: false, score: 5, note: null });
    const mean = feedback.reduce((sum, f) => sum + f.score, 0) / feedback.length;
    expect(after.rating).toBe(Math.round(mean * 10) / 10);
    expect(after.complaints).toBe(before.complaints);
  });

  it('given evaluations posted directly, when a key repeats, an order is unfinished or unknown, or nothing is said, then nothing more is counted', async () => {
    const { provider, order } = await agreedOrder(engine, world, opened);
    const agent = await userOf(engine, `feedback_agent_${engine.db.name}`, ['agent']);
    const before = await standingOf(provider.id);
    // A return visit is about finished work; a complaint may come at any time.
    expect((await agent.post('/api/provider-feedback', { key: 'k-visit', dispatchId: order.id, satisfaction: 'satisfied' })).status).toBe(409);
    expect((await agent.post('/api/provider-feedback', { key: 'k-empty', dispatchId: order.id, source: 'complaint' })).status).toBe(400);
    expect((await agent.post('/api/provider-feedback', { key: 'k-none', dispatchId: 'no-such-order', complaint: true, source: 'complaint' })).status).toBe(404);
    expect((await agent.post('/api/provider-feedback', { key: 'k-bad', dispatchId: order.id, satisfaction: 'fine', source: 'complaint' })).status).toBe(400);
    const complaint = { key: `k-complaint-${engine.db.name}`, dispatchId: order.id, source: 'complaint', complaint: true, note: '来电投诉：迟迟不上门' };
    const first = await agent.post<Recorded>('/api/provider-feedback', complaint);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ repeated: false, feedback: { providerId: provider.id, score: 0, satisfaction: null, recordedByName: `feedback_agent_${engine.db.name}` }, standing: { evaluations: before.evaluations + 1, complaints: before.complaints + 1 } });
    const again = await agent.post<Recorded>('/api/provider-feedback', { ...complaint, note: '又打来一次' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ repeated: true, feedback: { id: first.body.feedback.id, note: '来电投诉：迟迟不上门' }, standing: first.body.standing });
    expect(await standingOf(provider.id)).toEqual(first.body.standing);
    const audit = (await engine.admin.get<{ entries: { action: string; entityId: string; after: { score: number } }[] }>(`/api/audit?entityType=provider&entityId=${provider.id}`)).body.entries;
    expect(audit.filter((e) => e.action === 'provider.feedback').length).toBe(first.body.standing.evaluations);
  });

  it('given a complaint that names the served case by its number (the complaint process), when recorded, then the provider of that case’s order is rated; an unknown case or both references are refused', async () => {
    const { caseId, provider, order } = await agreedOrder(engine, world, opened);
    const agent = await userOf(engine, `feedback_caller_${engine.db.name}`, ['agent']);
    const { caseNumber } = (await engine.admin.get<{ case: { caseNumber: string } }>(`/api/cases/${caseId}`)).body.case;
    const before = await standingOf(provider.id);
    const res = await agent.post<Recorded>('/api/provider-feedback', { key: `k-by-case-${engine.db.name}`, caseNumber, source: 'complaint', complaint: true, note: '投诉建议：服务人员迟到' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ feedback: { providerId: provider.id, dispatchId: order.id, source: 'complaint', score: 0 }, standing: { complaints: before.complaints + 1 } });
    expect((await agent.post('/api/provider-feedback', { key: 'k-no-case', caseNumber: 'NO-SUCH-CASE', source: 'complaint', complaint: true })).status).toBe(404);
    expect((await agent.post('/api/provider-feedback', { key: 'k-both', caseNumber, dispatchId: order.id, source: 'complaint', complaint: true })).status).toBe(400);
  });

  it('given a served order, when a 投诉建议 case about its provider names the order’s case and closes, then the provider’s standing counts the complaint with the caller’s words', async () => {
    const { caseId, provider, order } = await agreedOrder(engine, world, opened);
    await serve(provider, order);
    const { caseNumber } = (await engine.admin.get<{ case: { caseNumber: string } }>(`/api/cases/${caseId}`)).body.case;
    const before = await standingOf(provider.id);
    const variables = { complaintKind: 'complaint', complaintSubject: 'provider', description: '保洁员没打扫厨房就走了', callerPhone: '13905310021', relatedCaseNumber: caseNumber };
    const complaint = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'complaint', channel: 'phone', variables });
    expect(complaint.status).toBe(201);
    const complaintId = complaint.body.case.id;
    opened.push(complaintId);

    await cases.complete(complaintId, 'handle', { handlingResult: '已约谈服务商，安排返工' });
    await cases.complete(complaintId, 'reply', { replyMethod: 'call', replyContent: '服务商已返工' });
    await cases.complete(complaintId, 'return-visit', { satisfaction: 'satisfied' });

    const standing = await eventually(async () => {
      const now = await standingOf(provider.id);
      return now.complaints > before.complaints ? now : undefined;
    }, 60_000, 'the complaint on the provider');
    expect(standing).toMatchObject({ complaints: before.complaints + 1, evaluations: before.evaluations + 1 });
    const listed = (await engine.admin.get<Listed>(`/api/providers/${provider.id}/feedback?complaintsOnly=true`)).body;
    expect(listed.feedback).toContainEqual(expect.objectContaining({ dispatchId: order.id, source: 'complaint', complaint: true, score: 0, note: '保洁员没打扫厨房就走了' }));
  });

  it('given providers A and B, when their admins and staff read evaluations, then an admin reads its own, never the other’s, and staff read none', async () => {
    const [a, b] = world.providers;
    expect((await a.user.get<Listed>(`/api/providers/${a.id}/feedback?page=1&pageSize=5`)).body).toMatchObject({ standing: { providerId: a.id }, page: 1, pageSize: 5 });
    expect((await a.user.get(`/api/providers/${b.id}/feedback`)).status).toBe(404);
    const staff = await userOf(engine, `feedback_staff_${engine.db.name}`, ['provider_staff'], a.id);
    expect((await staff.get(`/api/providers/${a.id}/feedback`)).status).toBe(403);
    expect((await a.user.post('/api/provider-feedback', { key: 'self', dispatchId: 'x', complaint: true, source: 'complaint' })).status).toBe(403);
  });
});
