import { CaseCloser } from '../cases/operaton/closer';
import { outcomeOf } from '../care-plans/outcomes';
import { CareCampaignTargetEntity } from './entities';
import { finishIfDone } from './targets';

/**
 * Writes each campaign target's outcome in the transaction that ends its case, as the plans' occurrences
 * get theirs: closed (the process's careOutcome and careTriesMade, found by careCampaignTargetId) or
 * canceled. The campaign is done with its last one.
 */
export function recordCampaignOutcomes(closer: CaseCloser): void {
  closer.onClosed(['careCampaignTargetId', 'careOutcome', 'careTriesMade'], async (m, closed) => {
    const id = closed.variables.careCampaignTargetId;
    if (typeof id !== 'string') return;
    const target = await m.getRepository(CareCampaignTargetEntity).findOneBy({ id, caseId: closed.caseId });
    if (target?.outcome !== 'pending') return;
    await m.getRepository(CareCampaignTargetEntity).update({ id, outcome: 'pending' }, { ...outcomeOf(closed.variables), closedAt: closed.at });
    await finishIfDone(m, target.campaignId, closed.at);
  });
  closer.onCanceled(async (m, canceled) => {
    const target = await m.getRepository(CareCampaignTargetEntity).findOneBy({ caseId: canceled.caseId, outcome: 'pending' });
    if (!target) return;
    await m.getRepository(CareCampaignTargetEntity).update({ id: target.id, outcome: 'pending' }, { outcome: 'canceled', closedAt: canceled.at });
    await finishIfDone(m, target.campaignId, canceled.at);
  });
}
