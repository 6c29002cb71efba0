import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { OperatonRest } from '../../../operaton/rest';
import { getProcessInstance, historicInstancesByBusinessKey, startProcessInstance } from '../../../operaton/instances';
import { testDatabases } from '../../../../test/support/databases';
import { useTestDataSource } from '../../../../test/support/test-data-source';
import { CaseEntity, CaseEventEntity } from '../entities';
import { LifecycleDeps } from './deps';
import { CaseProcessStartEntity } from './entities';
import { acceptCase, deadEngine, deployModels, instancesByBusinessKey, lifecycleDeps, liveEngine, testLifecycle, uniquePrefix } from '../../../../test/support/case-lifecycle-fixtures';

const number = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;

/** The real engine behind a proxy that holds process starts for a while before passing them on (a slow engine). */
async function slowStartingEngine(holdMs: number): Promise<{ url: string; close: () => Promise<void> }> {
  const target = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL!;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    const forward = async () => {
      if (req.method === 'POST' && /\/start$/.test(req.url ?? '')) await new Promise((resolve) => setTimeout(resolve, holdMs));
      const answer = await fetch(target.replace(/\/engine-rest$/, '') + req.url, {
        method: req.method,
        headers: { 'content-type': req.headers['content-type'] ?? 'application/json', accept: 'application/json' },
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      if (res.destroyed) return; // the client gave up: the engine did the work all the same
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    };
    req.on('end', () => void forward().catch(() => res.destroy()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/engine-rest`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

beforeAll(() => deployModels(liveEngine()));

describe.each(testDatabases())('starting cases on Operaton exactly once ($name)', ({ create }) => {
  const database = useTestDataSource(create);
  let dataSource: DataSource;
  let deps: LifecycleDeps;
  const startRow = (caseId: string) => dataSource.getRepository(CaseProcessStartEntity).findOneByOrFail({ caseId });
  const caseRow = (id: string) => dataSource.getRepository(CaseEntity).findOneByOrFail({ id });

  beforeAll(async () => {
    dataSource = database.dataSource;
    deps = lifecycleDeps(dataSource);
  });
  beforeEach(() => void (deps.rest = liveEngine()));

  it('given an accepted case, when it is started now, then one instance runs with the case number as business key and the case is open', async () => {
    const prefix = uniquePrefix();
    const accepted = await acceptCase(dataSource, number(prefix, 1));
    expect(await testLifecycle(deps).startNow(accepted.id)).toBe('started');

    const row = await startRow(accepted.id);
    expect(row).toMatchObject({ state: 'started', attempts: 1, variables: null, lastError: null });
    const instance = await getProcessInstance(deps.rest, row.instanceId!);
    expect(instance).toMatchObject({ businessKey: accepted.caseNumber, ended: false });
    const variables = await deps.rest.get<Record<string, { value: unknown }>>(`/process-instance/${row.instanceId}/variables`);
    expect(variables.alarm.value).toEqual({ urgent: true, button: 'sos' });
    expect((await caseRow(accepted.id)).status).toBe('open');
    const events = await dataSource.getRepository(CaseEventEntity).findBy({ caseId: accepted.id });
    expect(events.map((e) => [e.type, e.data])).toEqual([['process.started', { instanceId: row.instanceId, attempts: 1 }]]);
  });

  it('given a case enqueued with this node\'s claim, when the node starts it, then it runs after one attempt and the attempt returns the open case', async () => {
    const prefix = uniquePrefix();
    const lifecycle = testLifecycle(deps);
    const claim = lifecycle.newClaim();
    const accepted = await acceptCase(dataSource, number(prefix, 1), undefined, claim);
    // Another node's round leaves a row its node holds.
    expect(await testLifecycle(deps, 'other-node').starter.runOnce()).toMatchObject({ started: 0 });

    const { start, ...inserted } = accepted;
    const attempt = await lifecycle.startEnqueued(start, claim, inserted);
    const row = await startRow(accepted.id);
    expect(row).toMatchObject({ state: 'started', attempts: 1, claimedBy: null });
    expect(attempt).toMatchObject({ outcome: 'started', opened: { id: accepted.id, status: 'open', processInstanceKey: row.instanceId } });
    // What the attempt hands back without reading it is the row as stored.
    expect(attempt.opened).toEqual(await caseRow(accepted.id));
    expect((await instancesByBusinessKey(deps.rest, prefix)).get(accepted.caseNumber)).toHaveLength(1);
  });

  it('given a case enqueued with a node\'s claim, when that node dies before trying it, then others leave it while the claim holds and start it once after', async () => {
    const prefix = uniquePrefix();
    const crashed = testLifecycle(deps, 'crashed-node', { leaseMs: 500 });
    const other = testLifecycle(deps, 'other-node');
    const accepted = await acceptCase(dataSource, number(prefix, 1), undefined, crashed.newClaim());
    expect(await startRow(accepted.id)).toMatchObject({ state: 'pending', attempts: 1, claimedBy: expect.stringMatching(/^crashed-node:/) });
    expect(await other.starter.runOnce()).toMatchObject({ started: 0, adopted: 0 });

    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await other.starter.runOnce()).toMatchObject({ started: 1, adopted: 0 });
    expect(await startRow(accepted.id)).toMatchObject({ state: 'started', attempts: 2 });
    expect((await instancesByBusinessKey(deps.rest, prefix)).get(accepted.caseNumber)).toHaveLength(1);
    expect((await caseRow(accepted.id)).status).toBe('open');
  });

  it('given the engine is down, when a case is accepted, then it stays pending and starts exactly once when the engine is back', async () => {
    const prefix = uniquePrefix();
    const lifecycle = testLifecycle(deps);
    deps.rest = deadEngine();
    const accepted = await acceptCase(dataSource, number(prefix, 1));
    expect(await lifecycle.startNow(accepted.id)).toBe('pending');
    expect(await lifecycle.starter.runOnce()).toMatchObject({ started: 0, engineDown: true });
    expect(await startRow(accepted.id)).toMatchObject({ state: 'pending', attempts: 2, claimedBy: null, lastError: expect.stringContaining('process engine is unavailable') });
    expect((await caseRow(accepted.id)).status).toBe('opening');
    expect((await lifecycle.problems()).map((p) => [p.caseNumber, p.kind])).toEqual([]);

    deps.rest = liveEngine();
    expect((await instancesByBusinessKey(deps.rest, prefix)).size).toBe(0);
    expect(await lifecycle.starter.runOnce()).toMatchObject({ started: 1, engineDown: false });
    expect(await lifecycle.starter.runOnce()).toMatchObject({ started: 0, adopted: 0 });
    const instances = await instancesByBusinessKey(deps.rest, prefix);
    expect([...instances.values()].map((list) => list.length)).toEqual([1]);
    expect(await startRow(accepted.id)).toMatchObject({ state: 'started', instanceId: instances.get(accepted.caseNumber)![0].id, attempts: 3 });
    expect((await caseRow(accepted.id)).status).toBe('open');
  });

  it('given 300 cases accepted while the engine is down, when it is back, then each case has exactly one instance', async () => {
    const prefix = uniquePrefix();
    const lifecycle = testLifecycle(deps, 'storm-node', { concurrency: 8 });
    deps.rest = deadEngine();
    const cases = [];
    for (let n = 1; n <= 300; n++) cases.push(await acceptCase(dataSource, number(prefix, n)));
    const firstTries = await Promise.all(cases.slice(0, 20).map((c) => lifecycle.startNow(c.id)));
    expect(new Set(firstTries)).toEqual(new Set(['pending']));
    expect((await lifecycle.starter.runOnce()).engineDown).toBe(true);

    deps.rest = liveEngine();
    const round = await lifecycle.starter.runOnce();
    expect(round).toMatchObject({ started: 300, adopted: 0, engineDown: false });
    const instances = await instancesByBusinessKey(deps.rest, prefix);
    expect(instances.size).toBe(300);
    expect([...instances.values()].filter((list) => list.length !== 1)).toEqual([]);
    const statuses = await dataSource.getRepository(CaseEntity).find({ where: cases.map((c) => ({ id: c.id })), select: { status: true } });
    expect(new Set(statuses.map((c) => c.status))).toEqual(new Set(['open']));
  });

  it('given a crash after the engine started a case but before CareFlow recorded it, when the starter runs again, then it adopts that instance instead of starting a second', async () => {
    const prefix = uniquePrefix();
    const lifecycle = testLifecycle(deps);
    const waiting = await acceptCase(dataSource, number(prefix, 1));
    const finished = await acceptCase(dataSource, number(prefix, 2), 'careflow_lifecycle_instant');
    const made: Record<string, string> = {};
    for (const accepted of [waiting, finished]) {
      // What a crashed node leaves: its claim (run out) and an instance the engine started for it.
      expect(await lifecycle.starter.rows.claim(accepted.id, 'crashed-node', 1)).not.toBeNull();
      const definitionKey = accepted === waiting ? 'careflow_lifecycle_wait' : 'careflow_lifecycle_instant';
      made[accepted.id] = (await startProcessInstance(deps.rest, { definitionKey }, { businessKey: accepted.caseNumber, variables: {} })).id;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));

    expect(await lifecycle.starter.runOnce()).toMatchObject({ started: 0, adopted: 2 });
    const instances = await instancesByBusinessKey(deps.rest, prefix);
    expect([...instances.values()].map((list) => list.length)).toEqual([1, 1]);
    expect(await startRow(waiting.id)).toMatchObject({ state: 'started', instanceId: made[waiting.id] });
    expect((await caseRow(waiting.id)).status).toBe('open');
    // The adopted instance had already ended: its case closes at once.
    expect(await startRow(finished.id)).toMatchObject({ state: 'started', instanceId: made[finished.id] });
    expect((await caseRow(finished.id)).status).toBe('closed');
    const events = await dataSource.getRepository(CaseEventEntity).find({ where: { caseId: finished.id }, order: { at: 'ASC' } });
    expect(events.map((e) => e.type)).toEqual(['process.started', 'case.closed']);
    expect(events[0].data).toMatchObject({ adopted: true });
  });

  it('given a start that times out while the engine still commits it, when the starter runs again, then it waits, finds that instance and adopts it', async () => {
    const prefix = uniquePrefix();
    const slow = await slowStartingEngine(1500);
    try {
      deps.rest = new OperatonRest({ baseUrl: slow.url });
      const lifecycle = testLifecycle(deps, 'slow-node', { startTimeoutMs: 300, uncertainWaitMs: 60_000 });
      const accepted = await acceptCase(dataSource, number(prefix, 1));
      expect(await lifecycle.startNow(accepted.id)).toBe('pending');
      expect(await startRow(accepted.id)).toMatchObject({ state: 'pending', lastError: expect.stringContaining('TimeoutError') });
      // Retried at once, the lookup would not see the held start yet and a second instance would follow.
      expect(await lifecycle.starter.runOnce()).toMatchObject({ started: 0, adopted: 0 });
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect((await instancesByBusinessKey(liveEngine(), prefix)).get(accepted.caseNumber)).toHaveLength(1);

      await dataSource.getRepository(CaseProcessStartEntity).update({ caseId: accepted.id }, { nextAttemptAt: new Date() });
      expect(await lifecycle.starter.runOnce()).toMatchObject({ started: 0, adopted: 1 });
      expect((await instancesByBusinessKey(liveEngine(), prefix)).get(accepted.caseNumber)).toHaveLength(1);
      expect((await startRow(accepted.id)).state).toBe('started');
    } finally {
      await slow.close();
    }
  });

  it('given two starters (two nodes) racing over the same pending cases, when both run, then every case is started once', async () => {
    const prefix = uniquePrefix();
    const [a, b] = [testLifecycle(deps, 'node-a', { batchSize: 10 }), testLifecycle(deps, 'node-b', { batchSize: 10 })];
    const cases = [];
    for (let n = 1; n <= 40; n++) cases.push(await acceptCase(dataSource, number(prefix, n)));
    const [roundA, roundB] = await Promise.all([a.starter.runOnce(), b.starter.runOnce()]);
    expect(roundA.started + roundB.started).toBe(40);
    expect(roundA.adopted + roundB.adopted).toBe(0);

    const single = await acceptCase(dataSource, number(prefix, 41));
    expect((await Promise.all([a.startNow(single.id), b.startNow(single.id)])).sort()).toEqual(['busy', 'started']);
    const instances = await instancesByBusinessKey(deps.rest, prefix);
    expect(instances.size).toBe(41);
    expect([...instances.values()].filter((list) => list.length !== 1)).toEqual([]);
    expect(await historicInstancesByBusinessKey(deps.rest, single.caseNumber)).toHaveLength(1);
  });

  it('given a definition the engine does not have, when the case is started, then it stays pending with the refusal and is listed as a problem', async () => {
    const prefix = uniquePrefix();
    const lifecycle = testLifecycle(deps);
    const accepted = await acceptCase(dataSource, number(prefix, 1), 'careflow_lifecycle_not_deployed');
    for (let attempt = 0; attempt < 3; attempt++) {
      await dataSource.getRepository(CaseProcessStartEntity).update({ caseId: accepted.id }, { nextAttemptAt: new Date() });
      expect(await lifecycle.startNow(accepted.id)).toBe('pending');
    }
    expect(await startRow(accepted.id)).toMatchObject({ state: 'pending', attempts: 3, lastError: expect.stringContaining('careflow_lifecycle_not_deployed') });
    expect((await lifecycle.problems()).filter((p) => p.caseId === accepted.id).map((p) => p.kind)).toEqual(['start_waiting']);
    expect((await instancesByBusinessKey(deps.rest, prefix)).size).toBe(0);
  });
});
