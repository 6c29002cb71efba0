import { DataSource, EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { Variables } from '../../operaton/json';
import { Actor } from '../audit/service';
import { CaseEntity } from '../cases/entities';
import { CaseService } from '../cases/service';
import { CaseTimeline } from '../cases/timeline';
import type { Dispatch } from '../dispatches/entities';
import { CARE_SERVICE_TYPE } from './opener';
import { SystemUser } from './system-user';

/** The service type a 上门探视 that did not find the elder opens. */
export const RESCUE_SERVICE_TYPE = 'emergency-rescue';

/** The 紧急救助 case a visit order opened: one per order, written in the rescue case's own transaction. */
export interface VisitRescue {
  dispatchId: string;
  caseId: string;
  createdAt: Date;
}

export const VisitRescueEntity = new EntitySchema<VisitRescue>({
  name: 'CareVisitRescue',
  tableName: 'care_visit_rescues',
  columns: {
    dispatchId: { ...named('dispatch_id', column.text(36)), primary: true },
    caseId: named('case_id', column.text(36)),
    createdAt: named('created_at', column.time()),
  },
});

/**
 * A community worker who finds nobody at home on a 主动关怀 visit reports 未找到老人 on the portal,
 * and that opens 紧急救助 for the elder at once, as the worker's act (the hotline confirms it first,
 * as any alarm). The rescue case's number joins the `dispatch` the care process hears, so it does
 * not ask the supervisors to open one. The same finish sent again finds the case it opened.
 */
export function visitRescueHook(dataSource: DataSource, cases: CaseService, system: SystemUser) {
  const timeline = new CaseTimeline(dataSource);
  const named = async (caseId: string): Promise<Variables> => {
    const rescue = await dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId });
    return { rescueCaseId: rescue.id, rescueCaseNumber: rescue.caseNumber };
  };
  return async (d: Dispatch, actor: Actor & { id: string }): Promise<Variables> => {
    if (d.visitResult !== 'not_found' || !d.caseId) return {};
    const careCase = await dataSource.getRepository(CaseEntity).findOneBy({ id: d.caseId });
    if (careCase?.serviceTypeKey !== CARE_SERVICE_TYPE || !careCase.elderId) return {};
    const earlier = await dataSource.getRepository(VisitRescueEntity).findOneBy({ dispatchId: d.id });
    if (earlier) return named(earlier.caseId);
    // The worker cannot see elder files: the engine opens it for them, and the worker is who did it.
    const { user } = await system.get();
    const variables = { sourceCaseNumber: careCase.caseNumber, visitNote: d.workNote ?? '' };
    try {
      const rescue = await cases.open({ serviceType: RESCUE_SERVICE_TYPE, channel: 'phone', elderId: careCase.elderId, priority: 'emergency', variables }, user, actor, {
        system: true,
        withCase: async (m, created) => {
          await m.getRepository(VisitRescueEntity).insert({ dispatchId: d.id, caseId: created.id, createdAt: new Date() });
          await timeline.record(careCase.id, 'care.rescue_opened', actor, { caseId: created.id, caseNumber: created.caseNumber }, m);
        },
      });
      return { rescueCaseId: rescue.id, rescueCaseNumber: rescue.caseNumber };
    } catch (error) {
      // The same report sent twice at once: the first opened it.
      if (!isUniqueViolation(error)) throw error;
      return named((await dataSource.getRepository(VisitRescueEntity).findOneByOrFail({ dispatchId: d.id })).caseId);
    }
  };
}
