import { CARE_OUTCOMES, CareOutcome } from '@careflow/contracts';
import { CaseCloser } from '../cases/operaton/closer';
import { CareOccurrenceEntity } from './entities';

/** What the 主动关怀 process leaves for the occurrence: how it ended, and how many robot calls it placed. */
const OUTCOME_VARIABLES = ['careOutcome', 'careTriesMade'];

/** The outcome a closed case's process named; a process that names none (or an unknown one) ended normally: fine. */
export function outcomeOf(variables: Record<string, unknown>): { outcome: CareOutcome; tries?: number } {
  const named = CARE_OUTCOMES.find((o) => o === variables.careOutcome && o !== 'pending' && o !== 'canceled');
  const tries = variables.careTriesMade;
  return { outcome: named ?? 'fine', ...(typeof tries === 'number' && Number.isInteger(tries) && tries >= 0 ? { tries } : {}) };
}

/**
 * Writes each occurrence's outcome in the transaction that ends its case, however it ends: closed
 * (the process's careOutcome and careTriesMade) or canceled. Other cases have no occurrence; the
 * update finds no row for them.
 */
export function recordOutcomes(closer: CaseCloser): void {
  closer.onClosed(OUTCOME_VARIABLES, async (m, closed) => {
    await m.getRepository(CareOccurrenceEntity).update({ caseId: closed.caseId, outcome: 'pending' }, { ...outcomeOf(closed.variables), closedAt: closed.at });
  });
  closer.onCanceled(async (m, canceled) => {
    await m.getRepository(CareOccurrenceEntity).update({ caseId: canceled.caseId, outcome: 'pending' }, { outcome: 'canceled', closedAt: canceled.at });
  });
}
