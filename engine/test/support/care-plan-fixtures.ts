import pino from 'pino';
import { carePlansModule } from '@careflow/engine/dist/modules/care-plans';
import { CareOccurrence, CareOccurrenceEntity } from '@careflow/engine/dist/modules/care-plans/entities';
import { CareOpener } from '@careflow/engine/dist/modules/care-plans/opener';
import { SystemUser } from '@careflow/engine/dist/modules/care-plans/system-user';
import { casesModule } from '@careflow/engine/dist/modules/cases';
import { JINAN_AREAS, WANG_XIUYING } from './registry-fixtures';
import { EngineFixture } from './test-engine';

/** The care settings the tests run with: the defaults, and no pass of its own (the tests run the opener on their clock). */
export const CARE_CONFIG = { passSeconds: 0, quietFrom: '20:00', quietUntil: '08:00', retryMinutes: 30, tries: 3, visitWithinHours: 24, callsPerMinute: 60 };

/** A moment by its local time in the business zone (Asia/Shanghai), e.g. '2027-03-02 09:00'. */
export const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

export type PlanView = {
  id: string;
  status: string;
  statusReason: string | null;
  ruleId: string | null;
  schedule: Record<string, unknown>;
  next: string[];
  occurrences: { scheduledOn: string; caseId: string; caseNumber: string | null; outcome: string; tries: number; closedAt: string | null }[];
};

/** What the care tests share: the areas, 王秀英 (living alone, no community worker), the opener and a second one as another engine's. */
export function careWorld(engine: EngineFixture) {
  const given = () => engine.running.engine.given(carePlansModule);
  /** Another opener on the same database (another engine's), with its own full-pass period and quiet hours. */
  const rival = (fullEveryMs = 0, config = CARE_CONFIG) => {
    const { plans, rules, throttle } = given();
    const timing = { timeZone: 'Asia/Shanghai', quiet: { from: config.quietFrom, until: config.quietUntil }, ...config };
    return new CareOpener(engine.running.dataSource, plans, rules, engine.running.engine.given(casesModule).cases, timing, new SystemUser(engine.running.dataSource), pino({ level: 'silent' }), throttle, fullEveryMs);
  };
  const occurrences = (where: Partial<Pick<CareOccurrence, 'planId' | 'outcome' | 'caseId'>> = {}) => engine.running.dataSource.getRepository(CareOccurrenceEntity).findBy(where);
  const plansOf = async (elderId: string) => (await engine.admin.get<{ plans: PlanView[] }>(`/api/care-plans?elderId=${elderId}`)).body.plans;
  const setUp = async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    const elder = await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING);
    if (elder.status !== 201) throw new Error(`elder not created: ${JSON.stringify(elder.body)}`);
    return elder.body.elder.id;
  };
  /** Cancels the cases still running, so nothing waits on the shared process engine. */
  const cancelRunning = async () => {
    for (const o of await occurrences({ outcome: 'pending' })) await engine.admin.post(`/api/cases/${o.caseId}/cancel`, { reason: 'test finished' });
  };
  return { opener: () => given().opener, rival, occurrences, plansOf, setUp, cancelRunning };
}
