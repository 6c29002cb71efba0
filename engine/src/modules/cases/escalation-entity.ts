import type { EscalationView } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export type NotifiedPerson = EscalationView['notified'][number];

/** 催办 and 督办 as rows: who, when, the task or responsible person, the deadline, whom it reached and the answer (reports count them). */
export interface CaseEscalation {
  id: string;
  caseId: string;
  kind: 'urge' | 'supervise';
  text: string;
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  taskId: string | null;
  taskName: string | null;
  responsibleId: string | null;
  responsibleName: string | null;
  deadline: Date | null;
  notified: NotifiedPerson[];
  reply: string | null;
  repliedAt: Date | null;
  repliedBy: string | null;
  repliedByName: string | null;
}

export const CaseEscalationEntity = new EntitySchema<CaseEscalation>({
  name: 'CaseEscalation',
  tableName: 'case_escalations',
  columns: {
    id: column.id(),
    caseId: named('case_id', column.text(36)),
    kind: column.text(16),
    text: column.longText(),
    createdBy: named('created_by', column.text(36)),
    createdByName: named('created_by_name', column.text(128)),
    createdAt: named('created_at', column.time()),
    taskId: named('task_id', column.text(36, true)),
    taskName: named('task_name', column.text(255, true)),
    responsibleId: named('responsible_id', column.text(36, true)),
    responsibleName: named('responsible_name', column.text(128, true)),
    deadline: column.time(true),
    notified: column.json(),
    reply: column.longText(true),
    repliedAt: named('replied_at', column.time(true)),
    repliedBy: named('replied_by', column.text(36, true)),
    repliedByName: named('replied_by_name', column.text(128, true)),
  },
});
