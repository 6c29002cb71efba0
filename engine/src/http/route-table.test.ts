import { ApiClient } from '../../test/support/api-client';
import { testDatabases } from '../../test/support/databases';
import { createProvider, seedRegistry } from '../../test/support/provider-fixtures';
import { answerTo, clientPerRole } from '../../test/support/role-clients';
import { useTestEngine } from '../../test/support/test-engine';
import { ROLES, Role } from '../modules/identity/entities';
import { RouteSpec } from './route';

// Role checks do not depend on the dialect; SQLite is enough.
const sqlite = testDatabases()[0];

/** Dummy values for path parameters: nothing has these ids, so no handler finds an object to change. */
const DUMMY: Record<string, string> = { date: '2099-01-01', year: '2099', version: '1', kind: 'no-such-kind', key: 'no-such-key', code: 'no_such_code' };
const pathOf = (r: RouteSpec) => `/api${r.path.replace(/:(\w+)/g, (_m, name: string) => DUMMY[name] ?? '00000000-0000-0000-0000-000000000000')}`;
const label = (r: RouteSpec) => `${r.method.toUpperCase()} ${r.path}`;
// Logging out ends the caller's session: it is called last.
const lastOfAll = (r: RouteSpec) => (r.path === '/auth/logout' ? 1 : 0);

/** What the route table says a caller (a role, or nobody) gets: through, 401 or 403. */
function expected(r: RouteSpec, role: Role | null): 'through' | 401 | 403 {
  if (r.access === 'public') return 'through';
  if (role === null) return 401;
  return r.access === 'authenticated' || r.access.includes(role) ? 'through' : 403;
}

/** Through means the role check let it pass: whatever the handler answers (400 to a minimal body, 404 to a dummy id), not 401 or 403. */
function answered(status: number, code: string | undefined): 'through' | 401 | 403 {
  if (status === 401 && code === 'unauthenticated') return 401;
  if (status === 403 && code === 'forbidden') return 403;
  return 'through';
}

describe('the route table, walked as every role', () => {
  const engine = useTestEngine(sqlite.create);
  let clients: Record<Role, ApiClient>;

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    const provider = await createProvider(engine.admin, { contractFrom: '2026-01-01', contractTo: '2099-12-31' });
    clients = await clientPerRole(engine, provider.id, 'walk');
  });

  it('knows every role of the Role type', () => {
    expect(Object.keys(clients).sort()).toEqual([...ROLES].sort());
  });

  it('given every route the engine serves, when each role and nobody call it with a minimal body, then each gets what the route declares', async () => {
    const routes = [...engine.running.engine.routes].sort((a, b) => lastOfAll(a) - lastOfAll(b));
    expect(routes.length).toBeGreaterThan(100);
    const callers: [Role | null, ApiClient][] = [[null, new ApiClient(engine.running.url)], ...ROLES.map((role): [Role, ApiClient] => [role, clients[role]])];
    const wrong: string[] = [];
    for (const r of routes) {
      for (const [role, client] of callers) {
        const res = await answerTo(client, r.method.toUpperCase(), pathOf(r), r.method === 'get' ? undefined : {});
        const got = answered(res.status, res.code);
        // A public route may answer 401 itself (an unsigned webhook): only a 403 from the role check would be wrong.
        const want = expected(r, role);
        if (want === 'through' && r.access === 'public' ? got === 403 : got !== want) wrong.push(`${label(r)} as ${role ?? 'anonymous'}: ${res.status} ${res.code ?? ''}, declared ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
