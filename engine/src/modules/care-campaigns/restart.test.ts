import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eventually, ApiClient } from '../../../test/support/api-client';
import { CAMPAIGN_CARE_CONFIG, elderBody } from '../../../test/support/care-campaign-fixtures';
import { testDatabases, TestDatabase } from '../../../test/support/databases';
import { JINAN_AREAS } from '../../../test/support/registry-fixtures';
import { startTestEngine, TEST_ADMIN_PASSWORD, TestEngine } from '../../../test/support/test-engine';
import { supervisedOperaton } from '../../../test/support/supervised-operaton';
import { ProcessEngineSupervisor } from '../../embedded/operaton/supervisor';
import { OperatonRest } from '../../operaton/rest';
import { careCampaignsModule } from '.';
import { CareCampaignTargetEntity } from './entities';
import { CaseEntity } from '../cases/entities';
import { In } from 'typeorm';

const PHONES = ['053188003001', '053188003002', '053188003003', '053188003004', '053188003005', '053188003006', '053188003007', '053188003008'];
type Call = { id: string; to: string; caseId: string | null };

/**
 * The test: both engines restart in the middle of a campaign, and no call is placed twice,
 * none skipped. The file runs its own supervised Operaton (killed with SIGKILL, restarted by its
 * supervisor) so the run's shared one is never touched.
 */
describe('a care campaign across restarts of both engines', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'careflow-campaign-restart-'));
  const sharedUrl = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL;
  let supervisor: ProcessEngineSupervisor;

  beforeAll(async () => {
    supervisor = await supervisedOperaton(home);
    await supervisor.start();
    // The test engines (startTestEngine) link the process engine this names: ours.
    process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL = supervisor.restUrl;
  }, 240_000);

  afterAll(async () => {
    process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL = sharedUrl;
    await supervisor?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it.each(testDatabases())('on $name: 8 elders at 2 calls a minute, CareFlow stopped and Operaton killed mid-way, then each elder gets exactly one robot call and every target opens once', async ({ create }) => {
    const db: TestDatabase = await create();
    const config = { care: CAMPAIGN_CARE_CONFIG };
    let running: TestEngine | null = await startTestEngine(db, config);
    const admin = async () => {
      const client = new ApiClient(running!.url);
      await client.login('admin', TEST_ADMIN_PASSWORD);
      return client;
    };
    let client = await admin();
    const calls = async () => (await client.get<{ items: Call[] }>('/api/calls?limit=200')).body.items;
    const opener = () => running!.engine.given(careCampaignsModule).opener;
    try {
      for (const area of JINAN_AREAS) await client.post('/api/areas', area);
      for (const [i, phone] of PHONES.entries()) expect((await client.post('/api/elders', elderBody(`独居老人${i + 1}`, '370102001001', '1940-01-01', 'alone', phone))).status).toBe(201);
      const t = new Date(Date.now() - 20 * 60_000);
      const made = await client.post<{ campaign: { id: string } }>('/api/care/campaigns', { name: '高温关怀', filter: { areaCode: '370102' }, callsPerMinute: 2, startAt: t.toISOString() });
      expect(made.status).toBe(201);
      const campaignId = made.body.campaign.id;
      const at = (seconds: number) => new Date(t.getTime() + seconds * 1000);

      // Given two minutes' calls opened, when Operaton is killed, then the third minute's cases are recorded while it is away.
      expect(await opener().runOnce(at(0))).toBe(2);
      expect(await opener().runOnce(at(60))).toBe(2);
      // Killed once their calls are out: a timer job the killed engine had taken would wait out its 5-minute lock (Operaton's, not ours).
      await eventually(async () => ((await calls()).length >= 4 ? true : undefined), 120_000, 'the first four calls');
      const first = supervisor.pid!;
      process.kill(first, 'SIGKILL');
      await eventually(async () => (supervisor.describe().state === 'restarting' ? true : undefined), 10_000, 'the supervisor noticing');
      expect(await opener().runOnce(at(120))).toBe(2);
      // When CareFlow stops too and both come back,
      await running.stop();
      running = null;
      const rest = new OperatonRest({ baseUrl: supervisor.restUrl });
      // Up as its supervisor sees it (the new process noted), not merely answering: the API answers a moment before.
      await eventually(async () => (supervisor.describe().state === 'up' ? ((await rest.get('/version').catch(() => undefined)) ?? undefined) : undefined), 180_000, 'Operaton back');
      expect(supervisor.pid).not.toBe(first);
      running = await startTestEngine(db, config);
      client = await admin();
      // then the same minute opens nothing again (the throttle and the targets are in the database), and the rest open once.
      expect(await opener().runOnce(at(120))).toBe(0);
      expect(await opener().runOnce(at(180))).toBe(2);
      expect(await opener().runOnce(at(240))).toBe(0);
      const targets = await running.dataSource.getRepository(CareCampaignTargetEntity).findBy({ campaignId });
      expect(targets.map((x) => x.outcome)).toEqual(Array(8).fill('pending'));
      expect(new Set(targets.map((x) => x.caseId)).size).toBe(8);

      const placed = await eventually(async () => {
        const all = await calls();
        return PHONES.every((p) => all.some((c) => c.to === p)) ? all : undefined;
      }, 180_000, 'a call to every elder').catch(async (error: unknown) => {
        const opened = await running!.dataSource.getRepository(CaseEntity).findBy({ id: In(targets.map((x) => x.caseId!)) });
        // Say what was missing: the calls placed and each case's state.
        const seen = { calls: (await calls()).map((c) => [c.to, c.caseId]), cases: opened.map((c) => [c.id, c.status, c.processInstanceKey]) };
        throw new Error(`${String(error)}: ${JSON.stringify(seen)}`);
      });
      // A late duplicate (a retried connector task) would come within seconds: wait, then count again.
      await new Promise((r) => setTimeout(r, 5_000));
      const after = await calls();
      expect(PHONES.map((p) => after.filter((c) => c.to === p).length)).toEqual(Array(8).fill(1));
      expect(after.length).toBe(placed.length);
      expect(new Set(after.map((c) => c.caseId))).toEqual(new Set(targets.map((x) => x.caseId)));
      expect((await client.post(`/api/care/campaigns/${campaignId}/cancel`)).status).toBe(200);
    } finally {
      await running?.stop();
      await db.drop();
    }
  }, 480_000);
});
