import { testDatabases } from '../../../test/support/databases';
import { JINAN_AREAS, WANG_XIUYING, ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid ID card number born 1945-03-01, unique by `n`. */
function idCard(n: number): string {
  const body = `37010219450301${String(n).padStart(3, '0')}`;
  return body + '10X98765432'[WEIGHTS.reduce((t, w, i) => t + w * Number(body[i]), 0) % 11];
}

/** A file with relatives and a pendant, so creating it writes every child table. */
const elder = (n: number) => ({
  name: `并发老人${n}`,
  idCard: idCard(n),
  phones: [{ number: `1380000${String(n).padStart(4, '0')}` }],
  address: `山大南路 ${n} 号`,
  areaCode: '370102001001',
  livingSituation: 'alone',
  relatives: [
    { name: `儿子${n}`, relation: 'son', phones: [{ number: `1390000${String(n).padStart(4, '0')}` }] },
    { name: `女儿${n}`, relation: 'daughter', phones: [{ number: `1370000${String(n).padStart(4, '0')}` }] },
  ],
  terminals: [{ type: 'pendant', number: null, deviceId: `RACE-${n}`, buttons: [] }],
});

describe.each(testDatabases())('elder files under load and odd searches on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const search = async (q: string) => (await engine.admin.get<{ elders: { name: string }[]; total: number }>(`/api/elders?q=${encodeURIComponent(q)}`)).body;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    for (const file of [WANG_XIUYING, ZHANG_SANFENG]) expect((await engine.admin.post('/api/elders', file)).status).toBe(201);
  });

  it.each(['%', '_', '王%', '__', '%秀'])('given files on record, when the search text is %s, then it matches those characters literally and finds no one', async (q) => {
    expect(await search(q)).toMatchObject({ total: 0, elders: [] });
  });

  it('given files on record, when the search is a plain prefix, then it still finds them', async () => {
    expect((await search('王')).elders.map((e) => e.name)).toEqual(['王秀英']);
    expect((await search('zsf')).elders.map((e) => e.name)).toEqual(['张三丰']);
  });

  it('given 80 new files saved at once, when all are created, then every one succeeds and is stored with its relatives', async () => {
    const created = await Promise.all(Array.from({ length: 80 }, (_, n) => engine.admin.post<{ elder: { id: string } }>('/api/elders', elder(n + 1))));
    expect(created.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    expect((await search('并发老人')).total).toBe(80);
    const last = await engine.admin.get<{ elder: { relatives: unknown[]; terminals: unknown[] } }>(`/api/elders/${created[79].body.elder.id}`);
    expect(last.body.elder.relatives).toHaveLength(2);
    expect(last.body.elder.terminals).toHaveLength(1);
  });
});
