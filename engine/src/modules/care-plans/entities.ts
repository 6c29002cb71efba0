import type { CareChannel, CareKind, CareOutcome, CareOwner, CareRuleFilter, CareSchedule } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** What a plan and the rule that makes plans share: what is done, how, and when. */
export interface CareFields {
  kind: CareKind;
  channel: CareChannel;
  schedule: CareSchedule;
  windowFrom: string;
  windowTo: string;
  holidays: 'skip' | 'shift';
  subject: string;
  message: string;
  owner: CareOwner;
}

/** 关怀计划: an elder's standing care (calls, greetings, reminders, visits) that opens a 主动关怀 case per occurrence. */
export interface CarePlan extends CareFields {
  id: string;
  elderId: string;
  startsOn: string;
  endsOn: string | null;
  status: 'active' | 'paused' | 'ended';
  /** Why the system ended it (the elder died or moved away); null when a person did. */
  statusReason: string | null;
  ruleId: string | null;
  /**
   * `ruleId/elderId` while the rule's plan for the elder stands (active, paused, or ended by a person):
   * unique, so two engines applying a rule at once give an elder one plan. Cleared when the system
   * ends the plan, so the elder gets a new one should they match again.
   */
  ruleElder: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One day of a plan that opened its case: unique per plan and scheduled day, written in the case's own transaction. */
export interface CareOccurrence {
  id: string;
  planId: string;
  scheduledOn: string;
  dueAt: Date;
  caseId: string;
  outcome: CareOutcome;
  /** How many robot calls were placed (the process's careTriesMade). */
  tries: number;
  closedAt: Date | null;
}

/** 关怀规则: gives a plan to every active elder its filter matches. */
export interface CareRule extends CareFields {
  id: string;
  name: string;
  filter: CareRuleFilter;
  /** The path of filter.areaCode (null: everywhere): the match is a prefix of the elder's area path, and so is the rule's own scope. */
  areaPath: string | null;
  active: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const careFieldColumns = {
  kind: column.text(16),
  channel: column.text(8),
  schedule: column.json(),
  windowFrom: named('window_from', column.text(5)),
  windowTo: named('window_to', column.text(5)),
  holidays: column.text(8),
  subject: column.text(100),
  message: column.text(300),
  owner: column.json(),
};

export const CarePlanEntity = new EntitySchema<CarePlan>({
  name: 'CarePlan',
  tableName: 'care_plans',
  columns: {
    id: column.id(),
    elderId: named('elder_id', column.text(36)),
    ...careFieldColumns,
    startsOn: named('starts_on', column.text(10)),
    endsOn: named('ends_on', column.text(10, true)),
    status: column.text(8),
    statusReason: named('status_reason', column.text(200, true)),
    ruleId: named('rule_id', column.text(36, true)),
    ruleElder: named('rule_elder', column.text(73, true)),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
});

export const CareOccurrenceEntity = new EntitySchema<CareOccurrence>({
  name: 'CareOccurrence',
  tableName: 'care_plan_occurrences',
  columns: {
    id: column.id(),
    planId: named('plan_id', column.text(36)),
    scheduledOn: named('scheduled_on', column.text(10)),
    dueAt: named('due_at', column.time()),
    caseId: named('case_id', column.text(36)),
    outcome: { ...column.text(16), default: 'pending' },
    tries: { type: 'int', default: 0 },
    closedAt: named('closed_at', column.time(true)),
  },
});

export const CareRuleEntity = new EntitySchema<CareRule>({
  name: 'CareRule',
  tableName: 'care_rules',
  columns: {
    id: column.id(),
    name: column.text(100),
    filter: column.json(),
    areaPath: named('area_path', column.text(200, true)),
    ...careFieldColumns,
    active: column.flag(),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
});
