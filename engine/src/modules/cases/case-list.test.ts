import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { JINAN_AREAS, WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { CaseEntity } from './entities';

type Row = { id: string; caseNumber: string; priority: string; dueAt: string | null; openedAt: string };
type Page = { cases: Row[]; total: number };

/** The case list: partial numbers, elder by name or phone, area, priority, due state, server-side sort. */
describe.each(testDatabases())('the case list on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const opened: Row[] = [];
  const list = async (query: string) => (await engine.admin.get<Page>(`/api/cases?pageSize=50&${query}`)).body;
  const numbers = async (query: string) => (await list(query)).cases.map((c) => c.caseNumber);

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    const elderId = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    await engine.admin.post('/api/forms', { key: 'visit-form', title: '探访', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await engine.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' });
    await engine.admin.post('/api/service-types/visit/versions', { bpmnXml: chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'visit-form') }]), settings: { priority: 'normal', sla: { unit: 'hours', value: 48 }, channels: ['phone'], startRoles: ['admin'] } });
    await engine.admin.post('/api/service-types/visit/publish', { version: 1 });
    for (const [priority, elder] of [['low', false], ['emergency', true], ['normal', false], ['high', false]] as const) {
      const answer = await engine.admin.post<{ case: Row }>('/api/cases', { serviceType: 'visit', channel: 'phone', priority, ...(elder ? { elderId } : {}) });
      expect(answer.status).toBe(201);
      opened.push(answer.body.case);
    }
    // One case overdue, one due within the hour.
    const repo = engine.running.dataSource.getRepository(CaseEntity);
    await repo.update({ id: opened[0].id }, { dueAt: new Date(Date.now() - 3600_000) });
    await repo.update({ id: opened[1].id }, { dueAt: new Date(Date.now() + 1800_000) });
  });

  it('given cases, when a part of a number is searched, then the cases whose number contains it are found, and a % is taken literally', async () => {
    const tail = opened[2].caseNumber.slice(-4);
    expect(await numbers(`caseNumber=${tail}`)).toEqual([opened[2].caseNumber]);
    expect(await numbers(`caseNumber=${encodeURIComponent(opened[2].caseNumber.slice(2, 8))}`)).toHaveLength(4);
    expect(await numbers('caseNumber=%25')).toEqual([]);
  });

  it('given a case of an elder, when searched by the elder’s name, part of it, a phone or the area, then only that case is found', async () => {
    const want = [opened[1].caseNumber];
    expect(await numbers(`elder=${encodeURIComponent('王秀英')}`)).toEqual(want);
    expect(await numbers(`elder=${encodeURIComponent('秀英')}`)).toEqual(want);
    expect(await numbers('elder=88001234')).toEqual(want);
    expect(await numbers(`elder=${encodeURIComponent('李四')}`)).toEqual([]);
    expect(await numbers('area=370102')).toEqual(want);
    expect(await numbers('area=370103')).toEqual([]);
    expect((await engine.admin.get('/api/cases?area=lixia')).status).toBe(400);
  });

  it('given due times, when filtered by overdue or due soon, and by priority, then only those cases are listed', async () => {
    expect(await numbers('due=overdue')).toEqual([opened[0].caseNumber]);
    expect(await numbers('due=dueSoon')).toEqual([opened[1].caseNumber]);
    expect(await numbers('priority=high')).toEqual([opened[3].caseNumber]);
    expect((await engine.admin.get('/api/cases?due=late')).status).toBe(400);
  });

  it('given cases, when sorted by number, priority or due time either way, then the engine orders them and pages follow the order', async () => {
    const byNumber = opened.map((c) => c.caseNumber).sort();
    expect(await numbers('sort=caseNumber&order=asc')).toEqual(byNumber);
    expect(await numbers('sort=caseNumber&order=desc')).toEqual([...byNumber].reverse());
    expect((await list('sort=priority&order=asc')).cases.map((c) => c.priority)).toEqual(['emergency', 'high', 'normal', 'low']);
    expect((await list('sort=priority&order=desc')).cases.map((c) => c.priority)).toEqual(['low', 'normal', 'high', 'emergency']);
    expect((await numbers('sort=dueAt&order=asc')).slice(0, 2)).toEqual([opened[0].caseNumber, opened[1].caseNumber]);
    expect(await numbers('sort=openedAt&order=asc')).toEqual(opened.map((c) => c.caseNumber));
    const second = (await engine.admin.get<Page>('/api/cases?sort=caseNumber&order=asc&pageSize=2&page=2')).body;
    expect(second.cases.map((c) => c.caseNumber)).toEqual(byNumber.slice(2, 4));
    expect((await engine.admin.get('/api/cases?sort=elderId')).status).toBe(400);
  });
});
