import { createHash } from 'node:crypto';
import { Variables } from '../../operaton/json';
import { Elder } from '../elders/entities';
import { processVariableDefaults } from '../service-types/bpmn-model';
import { Case } from './entities';

/** Published versions never change: each one's variable defaults are read from its model once. */
export class VersionDefaults {
  private readonly byVersion = new Map<string, Record<string, string>>();

  of(version: { typeKey: string; version: number; bpmnXml: string; bpmnProcessId: string | null }): Record<string, string> {
    const key = `${version.typeKey}@${version.version}`;
    let defaults = this.byVersion.get(key);
    if (!defaults) this.byVersion.set(key, (defaults = processVariableDefaults(version.bpmnXml, version.bpmnProcessId ?? '')));
    return defaults;
  }
}

/** What a case's process starts with: the model's variable defaults, the caller's variables, then the case's own (which win). */
export function processVariables(created: Case, input: Variables, elder: Elder | undefined, contacts: Variables, defaults: Record<string, string> = {}): Variables {
  return {
    ...defaults,
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
    // For processes that act on a share of cases (a return visit on a sample): ${sampleRoll < 20} is 20 %.
    sampleRoll: sampleRollOf(created.id),
    // Whom an emergency process calls and texts, without reading the elder file itself.
    ...contacts,
  };
}

/** 0–99, fixed per case and evenly spread: a re-run process samples the same cases. */
export function sampleRollOf(caseId: string): number {
  return createHash('sha256').update(caseId).digest().readUInt32BE(0) % 100;
}
