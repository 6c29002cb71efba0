import { Variables } from '../../operaton/json';
import { Elder } from '../elders/entities';
import { Case } from './entities';

/** What a case's process starts with: the caller's variables, then the case's own (which win). */
export function processVariables(created: Case, input: Variables, elder: Elder | undefined, contacts: Variables): Variables {
  return {
    ...input,
    caseId: created.id,
    caseNumber: created.caseNumber,
    serviceType: created.serviceTypeKey,
    channel: created.channel,
    priority: created.priority,
    elderId: created.elderId,
    elderAreaCode: elder?.areaCode ?? null,
    // Tasks inherit it, so area scope applies to them too.
    caseAreaPath: created.areaPath,
    // For the process's own SLA timers and due dates (${caseDueAt}): the due time the calendar gave.
    caseDueAt: created.dueAt?.toISOString() ?? null,
    // Whom an emergency process calls and texts, without reading the elder file itself.
    ...contacts,
  };
}
