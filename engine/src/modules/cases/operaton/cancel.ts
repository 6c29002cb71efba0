import { errors } from '../../../http/errors';
import { deleteProcessInstance, historicInstancesByIds } from '../../../operaton/instances';
import { Actor } from '../../audit/service';
import { CaseEntity } from '../entities';
import { CaseCloser } from './closer';
import { LifecycleDeps, UNFINISHED } from './deps';
import { CaseProcessStartEntity } from './entities';

/**
 * Cancels a case on Operaton. A case whose start is still pending is discarded without starting
 * anything (the starter deletes an instance an unrecorded attempt may have made); a started one
 * has its instance deleted. The reason is written first, so a crash after the delete still closes
 * the case with it (the engine's single DELETE keeps no reason).
 */
export async function cancelCase(deps: LifecycleDeps, closer: CaseCloser, caseId: string, reason: string, actor: Actor): Promise<void> {
  const { dataSource, rest } = deps;
  const found = await dataSource.getRepository(CaseEntity).findOneBy({ id: caseId });
  if (!found) throw errors.notFound(`Case ${caseId}`);
  if (!(UNFINISHED as readonly string[]).includes(found.status)) throw errors.conflict(`Case ${found.caseNumber} is ${found.status}`);
  const starts = dataSource.getRepository(CaseProcessStartEntity);
  const cancelReason = reason.slice(0, 500);

  // Not started: one UPDATE each decides against a concurrent claim (which counts an attempt).
  const neverTried = await starts.update({ caseId, state: 'pending', attempts: 0 }, { state: 'discarded', variables: null, cancelReason });
  const tried = neverTried.affected === 1 ? neverTried : await starts.update({ caseId, state: 'pending' }, { state: 'discarding', cancelReason });
  if (tried.affected === 1) {
    await closer.close(caseId, { status: 'canceled', reason, instanceId: null }, new Date(), actor);
    return;
  }

  const start = await starts.findOneBy({ caseId });
  if (!start || start.state !== 'started' || !start.instanceId) throw errors.conflict(`Case ${found.caseNumber} does not run on the process engine`);
  await starts.update({ caseId }, { cancelReason });
  if (!(await deleteProcessInstance(rest, start.instanceId))) {
    // It ended on its own meanwhile: close it as it ended.
    const [ended] = await historicInstancesByIds(rest, [start.instanceId]);
    if (ended?.endTime) await closer.closeFromHistory({ ...start, cancelReason: null }, ended);
    throw errors.conflict(`Case ${found.caseNumber} has already ended`);
  }
  await closer.close(caseId, { status: 'canceled', reason, instanceId: start.instanceId }, new Date(), actor);
}
