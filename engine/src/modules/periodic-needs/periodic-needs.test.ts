import pino from 'pino';
import { caseReader } from '../../../test/support/emergency-fixtures';
import { householdWorld } from '../../../test/support/household-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { casesModule } from '../cases';
import { CaseEntity } from '../cases/entities';
import { periodicNeedsModule } from '.';
import { NeedOccurrenceEntity } from './entities';
import { NeedOpener } from './opener';

type Need = { id: string; status: string; next: string[]; occurrences: { scheduledOn: string; serviceOn: string; caseId: string; caseNumber: string | null }[] };
type ErrorBody = { error: { code: string; details?: { path: string }[] } };

/** A Tuesday and the Monday before it, at 08:00 in Shanghai: with one lead day, Tuesday's cleaning is due that Monday. */
const MONDAY = new Date('2027-03-01T00:00:00Z');
const TUESDAY = '2027-03-02';

describe.each(testDatabases())('periodic needs on $name', ({ create }) => {
  const engine = useTestEngine(create, { periodicNeeds: { passSeconds: 0 } });
  const cases = caseReader(() => engine.admin);
  const opener = () => engine.running.engine.given(periodicNeedsModule).opener;
  const caseIdsOf = async (needId: string) => (await engine.running.dataSource.getRepository(NeedOccurrenceEntity).findBy({ needId })).map((o) => o.caseId);
  let elderId: string;

  beforeAll(async () => {
    ({ elderId } = await householdWorld(engine));
  });

  const record = async (body: Record<string, unknown> = {}) => {
    const res = await engine.admin.post<{ need: Need }>('/api/periodic-needs', { elderId, items: [{ code: 'home_cleaning', quantity: 2 }], schedule: { kind: 'weekly', weekdays: [2] }, startsOn: '2027-02-01', accessNotes: '钥匙在邻居家', ...body });
    if (res.status !== 201) throw new Error(`need not recorded: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.need;
  };

  it('given cleaning every Tuesday, when the passes run the Monday before, twice at once, again, and after a restart, then exactly one household case is opened for that Tuesday, and it asks for the quote to be confirmed', async () => {
    const need = await record();
    expect(need.status).toBe('active');
    expect(need.next).toHaveLength(3);

    // Two engines' passes at once (a second opener over the same database), then again: one case.
    const { given } = engine.running.engine;
    const rival = new NeedOpener(engine.running.dataSource, given(periodicNeedsModule).needs, given(casesModule).cases, pino({ level: 'silent' }));
    const counts = await Promise.all([opener().runOnce(MONDAY), rival.runOnce(MONDAY)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await opener().runOnce(MONDAY)).toBe(0);
    await engine.restart();
    expect(await opener().runOnce(new Date(MONDAY.getTime() + 3600_000))).toBe(0);
    const ids = await caseIdsOf(need.id);
    expect(ids).toHaveLength(1);

    const opened = await engine.running.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: ids[0] });
    expect([opened.serviceTypeKey, opened.channel, opened.elderId]).toEqual(['household-help', 'plan', elderId]);
    const confirm = await cases.openTask(opened.id, 'confirm-quote');
    const { task } = (await engine.admin.get<{ task: { variables: Record<string, unknown> } }>(`/api/tasks/${confirm.id}`)).body;
    expect(task.variables).toMatchObject({ items: [{ code: 'home_cleaning', quantity: 2 }], wishFrom: `${TUESDAY} 09:00:00`, wishTo: `${TUESDAY} 11:00:00`, accessNotes: '钥匙在邻居家', scheduledOn: TUESDAY });
    const listed = (await engine.admin.get<{ needs: Need[] }>(`/api/periodic-needs?elderId=${elderId}`)).body.needs.find((n) => n.id === need.id)!;
    expect(listed.occurrences).toEqual([{ scheduledOn: TUESDAY, serviceOn: TUESDAY, caseId: opened.id, caseNumber: opened.caseNumber }]);
    await engine.admin.post(`/api/cases/${opened.id}/cancel`, { reason: 'test finished' });
    await engine.admin.post(`/api/periodic-needs/${need.id}/end`);
  });

  it('given a Tuesday the calendar makes a holiday, when one need skips and one shifts, then the skipping one opens nothing and the shifting one opens for the next working day', async () => {
    expect((await engine.admin.request('PUT', '/api/calendar/days/2027-03-09', { kind: 'holiday', name: '测试假日' })).status).toBeLessThan(300);
    const [skip, shift] = [await record({ holidays: 'skip', startsOn: '2027-03-08' }), await record({ holidays: 'shift', startsOn: '2027-03-08', leadDays: 2 })];
    await opener().runOnce(new Date('2027-03-08T00:00:00Z')); // Monday: skip's Tuesday is off; shift's moves to Wednesday, two lead days away
    expect(await caseIdsOf(skip.id)).toEqual([]);
    const [shifted] = await engine.running.dataSource.getRepository(NeedOccurrenceEntity).findBy({ needId: shift.id });
    expect([shifted.scheduledOn, shifted.serviceOn]).toEqual(['2027-03-09', '2027-03-10']);
    await engine.admin.post(`/api/cases/${shifted.caseId}/cancel`, { reason: 'test finished' });
    for (const n of [skip, shift]) await engine.admin.post(`/api/periodic-needs/${n.id}/end`);
  });

  it('given a paused need, when its day comes, then nothing opens; resumed, the next day opens; ended, it cannot resume', async () => {
    const need = await record({ startsOn: '2027-04-01' });
    expect((await engine.admin.post<{ need: Need }>(`/api/periodic-needs/${need.id}/pause`)).body.need).toMatchObject({ status: 'paused', next: [] });
    expect((await engine.admin.post(`/api/periodic-needs/${need.id}/pause`)).status).toBe(409);
    await opener().runOnce(new Date('2027-04-05T00:00:00Z'));
    expect(await caseIdsOf(need.id)).toEqual([]);
    expect((await engine.admin.post(`/api/periodic-needs/${need.id}/resume`)).status).toBe(200);
    await opener().runOnce(new Date('2027-04-12T00:00:00Z'));
    const ids = await caseIdsOf(need.id);
    expect(ids).toHaveLength(1);
    await engine.admin.post(`/api/cases/${ids[0]}/cancel`, { reason: 'test finished' });
    expect((await engine.admin.post(`/api/periodic-needs/${need.id}/end`)).status).toBe(200);
    expect((await engine.admin.post(`/api/periodic-needs/${need.id}/resume`)).status).toBe(409);
  });

  it('given an elder who moved away, when the pass runs, then his needs end by themselves with the reason audited, and open nothing', async () => {
    const other = await engine.admin.post<{ elder: { id: string } }>('/api/elders', ZHANG_SANFENG);
    expect(other.status).toBe(201);
    const need = await record({ elderId: other.body.elder.id, startsOn: '2027-05-01' });
    expect((await engine.admin.post(`/api/elders/${other.body.elder.id}/status`, { status: 'moved', note: '随子女迁居外地' })).status).toBe(200);
    await opener().runOnce(new Date('2027-05-03T00:00:00Z'));
    expect(await caseIdsOf(need.id)).toEqual([]);
    expect((await engine.admin.get<{ needs: Need[] }>(`/api/periodic-needs?elderId=${other.body.elder.id}`)).body.needs[0].status).toBe('ended');
    const audit = await engine.admin.get<{ entries: { action: string; after: { reason?: string } }[] }>(`/api/audit?entityType=periodic_need&entityId=${need.id}`);
    expect(audit.body.entries.map((e) => [e.action, e.after?.reason])).toContainEqual(['periodic_need.end', 'elder moved']);
  });

  it('given bad needs, when recorded, then each is refused with the field and nothing is stored', async () => {
    const before = (await engine.admin.get<{ needs: Need[] }>(`/api/periodic-needs?elderId=${elderId}`)).body.needs.length;
    const refused = async (body: Record<string, unknown>) => {
      const res = await engine.admin.post<ErrorBody>('/api/periodic-needs', { elderId, items: [{ code: 'home_cleaning', quantity: 1 }], schedule: { kind: 'weekly', weekdays: [2] }, startsOn: '2027-02-01', ...body });
      return [res.status, res.body.error.details?.[0]?.path];
    };
    expect(await refused({ items: [{ code: 'no_such_item', quantity: 1 }] })).toEqual([400, 'items']);
    expect(await refused({ schedule: { kind: 'weekly', weekdays: [8] } })).toEqual([400, 'schedule.weekdays.0']);
    expect(await refused({ windowFrom: '12:00', windowTo: '10:00' })).toEqual([400, 'windowTo']);
    expect(await refused({ elderId: 'no-such-elder' })).toEqual([400, 'elderId']);
    expect((await engine.admin.get<{ needs: Need[] }>(`/api/periodic-needs?elderId=${elderId}`)).body.needs).toHaveLength(before);
  });
});
