/**
 * What the chaos bench counts once everything has settled: for the alarms sent, the cases opened
 * (one elder per alarm, so two cases of one elder are a duplicate), their process instances on
 * Operaton (by business key = case number), the inbox's tasks against the engine's, and the SMS of
 * the walked cases.
 */
import { CaseEntity } from '@careflow/engine/dist/modules/cases/entities';
import { SmsMessageEntity } from '@careflow/engine/dist/modules/sms/entities';
import { TaskEntity } from '@careflow/engine/dist/modules/tasks/entities';
import { TerminalEntity } from '@careflow/engine/dist/modules/elders/entities';
import { In, type DataSource } from 'typeorm';
import type { AlarmOutcome } from './chaos-alarms';
import { percentiles } from './load';

const countBy = <T>(items: T[], key: (item: T) => string) => items.reduce((m, item) => m.set(key(item), (m.get(key(item)) ?? 0) + 1), new Map<string, number>());
const over = (counts: Map<string, number>, n: number) => [...counts.values()].filter((c) => c > n).length;

export async function tally(dataSource: DataSource, processEngineUrl: string, alarms: AlarmOutcome[], walked: Set<string>) {
  const terminals = await dataSource.getRepository(TerminalEntity).findBy({ deviceId: In(alarms.map((a) => a.deviceId)) });
  const elderIds = [...new Set(terminals.map((t) => t.elderId))];
  const cases = await dataSource.getRepository(CaseEntity).findBy({ elderId: In(elderIds), serviceTypeKey: 'emergency-rescue' });
  const caseIds = new Set(cases.map((c) => c.id));
  const answered = alarms.filter((a) => a.status !== null);
  const accepted = alarms.filter((a) => a.status === 202 || a.status === 200);

  const instances = (await (await fetch(`${processEngineUrl}/history/process-instance?processDefinitionKey=emergency_rescue&maxResults=100000`)).json()) as { businessKey: string | null }[];
  const perCaseNumber = countBy(instances.filter((i) => i.businessKey !== null), (i) => i.businessKey!);
  const engineTasks = (await (await fetch(`${processEngineUrl}/task?processDefinitionKey=emergency_rescue&maxResults=100000`)).json()) as { id: string }[];
  const tasks = caseIds.size ? await dataSource.getRepository(TaskEntity).findBy({ caseId: In([...caseIds]) }) : [];
  const openInInbox = tasks.filter((t) => t.status === 'created');
  const engineIds = new Set(engineTasks.map((t) => t.id));
  const inboxIds = new Set(openInInbox.map((t) => t.jobKey));
  const sms = walked.size ? await dataSource.getRepository(SmsMessageEntity).findBy({ caseId: In([...walked]) }) : [];

  return {
    alarms: {
      sent: alarms.length,
      answered: answered.length,
      accepted: accepted.length,
      refused: answered.length - accepted.length,
      neverAnswered: alarms.length - answered.length,
      acceptedWithoutCaseInAnswer: accepted.filter((a) => !a.caseId).length,
      sentMoreThanOnce: alarms.filter((a) => a.attempts > 1).length,
      answeredAfterMs: percentiles(answered.map((a) => a.answeredAfterMs ?? 0)),
    },
    cases: {
      opened: cases.length,
      eldersWithoutCase: elderIds.length - new Set(cases.map((c) => c.elderId)).size,
      duplicated: over(countBy(cases, (c) => c.elderId ?? ''), 1),
      answeredCaseMissing: accepted.filter((a) => a.caseId && !caseIds.has(a.caseId)).length,
      withoutInstance: cases.filter((c) => !perCaseNumber.has(c.caseNumber)).length,
      withSeveralInstances: cases.filter((c) => (perCaseNumber.get(c.caseNumber) ?? 0) > 1).length,
    },
    tasks: {
      inInbox: tasks.length,
      openInInbox: openInInbox.length,
      duplicated: over(countBy(tasks, (t) => `${t.caseId}/${t.elementId}`), 1),
      casesWithoutConfirmTask: cases.filter((c) => !tasks.some((t) => t.caseId === c.id && t.elementId === 'confirm-alarm')).length,
      openInEngineNotInInbox: engineTasks.filter((t) => !inboxIds.has(t.id)).length,
      openInInboxNotInEngine: openInInbox.filter((t) => !engineIds.has(t.jobKey)).length,
    },
    sms: {
      walkedCases: walked.size,
      sent: sms.length,
      casesTexted: new Set(sms.map((m) => m.caseId)).size,
      duplicated: over(countBy(sms, (m) => `${m.caseId}/${m.phone}`), 1),
    },
  };
}
