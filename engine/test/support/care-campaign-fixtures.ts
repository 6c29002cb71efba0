import { careCampaignsModule } from '@careflow/engine/dist/modules/care-campaigns';
import { CareCampaignTarget, CareCampaignTargetEntity } from '@careflow/engine/dist/modules/care-campaigns/entities';
import { carePlansModule } from '@careflow/engine/dist/modules/care-plans';
import { CaseEntity } from '@careflow/engine/dist/modules/cases/entities';
import { In } from 'typeorm';
import { CARE_CONFIG } from './care-plan-fixtures';
import { JINAN_AREAS, WANG_XIUYING } from './registry-fixtures';
import { EngineFixture } from './test-engine';

/** The care settings the campaign tests run with: no quiet hours (a test's clock may fall in any hour), a shared limit of 5 calls a minute. */
export const CAMPAIGN_CARE_CONFIG = { ...CARE_CONFIG, quietFrom: '00:00', quietUntil: '00:00', callsPerMinute: 5 };

export type CampaignView = { id: string; status: string; counts: Record<'targets' | 'opened' | 'pending' | 'fine' | 'needsHelp' | 'escalated' | 'canceled', number> };
export type TargetView = { id: string; elderId: string; elderName: string; caseId: string | null; caseNumber: string | null; outcome: string };

/** An elder (a woman unless told) living in `areaCode`, born on `birthDate`, with a phone of its own (no relatives, no terminals). */
export const elderBody = (name: string, areaCode: string, birthDate: string, livingSituation: string, phone: string, gender: 'female' | 'male' = 'female') => ({
  ...WANG_XIUYING,
  name,
  gender,
  idCard: null,
  birthDate,
  areaCode,
  livingSituation,
  phones: [{ number: phone }],
  relatives: [],
  terminals: [],
});

/** What the campaign tests share: the areas, elders by name, the campaigns' opener, their targets and cases. */
export function campaignWorld(engine: EngineFixture) {
  const names = new Map<string, string>();
  const addElder = async (body: { name: string }) => {
    const res = await engine.admin.post<{ elder: { id: string } }>('/api/elders', body);
    if (res.status !== 201) throw new Error(`elder not created: ${JSON.stringify(res.body)}`);
    names.set(res.body.elder.id, body.name);
    return res.body.elder.id;
  };
  const setUpAreas = async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
  };
  const opener = () => engine.running.engine.given(careCampaignsModule).opener;
  const throttle = () => engine.running.engine.given(carePlansModule).throttle;
  const targets = (campaignId: string): Promise<CareCampaignTarget[]> => engine.running.dataSource.getRepository(CareCampaignTargetEntity).find({ where: { campaignId }, order: { id: 'ASC' } });
  const create = async (body: Record<string, unknown>, client = engine.admin) => {
    const res = await client.post<{ campaign: CampaignView }>('/api/care/campaigns', body);
    if (res.status !== 201) throw new Error(`campaign not made: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.campaign;
  };
  const detail = async (id: string) => (await engine.admin.get<{ campaign: CampaignView; targets: TargetView[]; total: number }>(`/api/care/campaigns/${id}?pageSize=200`)).body;
  const casesOf = async (campaignId: string) => {
    const ids = (await targets(campaignId)).flatMap((t) => (t.caseId ? [t.caseId] : []));
    return ids.length ? engine.running.dataSource.getRepository(CaseEntity).findBy({ id: In(ids) }) : [];
  };
  /** Cancels every campaign still going (and so their cases), so nothing waits on the shared process engine. */
  const cancelAll = async () => {
    const { campaigns } = (await engine.admin.get<{ campaigns: CampaignView[] }>('/api/care/campaigns')).body;
    for (const c of campaigns) if (['draft', 'running', 'paused'].includes(c.status)) await engine.admin.post(`/api/care/campaigns/${c.id}/cancel`);
  };
  return { names, addElder, setUpAreas, opener, throttle, targets, create, detail, casesOf, cancelAll };
}
