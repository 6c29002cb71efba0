import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { createProvider, seedRegistry } from '../../../test/support/provider-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';

type One = { dispatch: { id: string; status: string }; error?: { code: string } };
type List = { dispatches: { id: string }[] };

// Area scope does not depend on the dialect; SQLite is enough.
const sqlite = testDatabases()[0];

describe('area scope of a single dispatched order', () => {
  const engine = useTestEngine(sqlite.create);
  let lixia: ApiClient;
  let shizhong: ApiClient;
  let providerA: string;
  let n = 0;
  const dispatchInLixia = async () => {
    const res = await engine.admin.post<One>('/api/dispatches', { key: `scope-${++n}`, serviceItem: 'housekeeping_basic', areaCode: '370102001001', providerId: providerA });
    expect(res.status).toBe(201);
    return res.body.dispatch.id;
  };

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    providerA = (await createProvider(engine.admin, { areas: ['370102'], contractFrom: '2026-01-01', contractTo: '2099-12-31' })).id;
    lixia = await loggedIn(engine, 'lixia_sup', ['supervisor'], { areaScope: ['370102'] });
    shizhong = await loggedIn(engine, 'shizhong_sup', ['supervisor'], { areaScope: ['370103'] });
  });

  it('given an order in Lixia, when a Shizhong supervisor reads it, then 404, as the list leaves it out', async () => {
    const id = await dispatchInLixia();
    expect((await shizhong.get<List>('/api/dispatches')).body.dispatches.map((d) => d.id)).not.toContain(id);
    const res = await shizhong.get<One>(`/api/dispatches/${id}`);
    expect([res.status, res.body.error?.code]).toEqual([404, 'not_found']);
    expect((await lixia.get<One>(`/api/dispatches/${id}`)).body.dispatch).toMatchObject({ id, status: 'dispatched' });
  });

  it('given an order in Lixia, when a Shizhong supervisor expires it, then 404 and it stays dispatched; the Lixia supervisor may expire it', async () => {
    const id = await dispatchInLixia();
    expect((await shizhong.post<One>(`/api/dispatches/${id}/expire`)).status).toBe(404);
    expect((await engine.admin.get<One>(`/api/dispatches/${id}`)).body.dispatch.status).toBe('dispatched');
    const expired = await lixia.post<One>(`/api/dispatches/${id}/expire`);
    expect([expired.status, expired.body.dispatch.status]).toEqual([200, 'expired']);
  });

  it('given a Shizhong supervisor, when they dispatch in Lixia, then 400 and no order, and the key of a Lixia order is only "taken" (409)', async () => {
    const before = (await engine.admin.get<List>('/api/dispatches')).body.dispatches.length;
    const res = await shizhong.post<{ error: { code: string; details: { path: string }[] } }>('/api/dispatches', { key: 'shizhong-in-lixia', serviceItem: 'housekeeping_basic', areaCode: '370102001001' });
    expect([res.status, res.body.error.details.map((d) => d.path)]).toEqual([400, ['areaCode']]);
    expect((await engine.admin.get<List>('/api/dispatches')).body.dispatches.length).toBe(before);
    // The key of another district's order tells nothing either: it is taken, nothing more.
    await dispatchInLixia();
    const taken = await shizhong.post<One>('/api/dispatches', { key: `scope-${n}`, serviceItem: 'housekeeping_basic', areaCode: '370102001001' });
    expect([taken.status, taken.body.dispatch]).toEqual([409, undefined]);
  });
});
