import { DataSource, In } from 'typeorm';
import { elementNamesOf } from '../deployments/element-names';
import { UserEntity } from '../identity/entities';
import { CaseEvent } from './entities';

/** Usernames and ids a case's timeline and tasks name: actors, assignees, who completed a step. */
function namedPeople(timeline: CaseEvent[], tasks: { assignee: string | null; completedBy: string | null }[], openedBy: string): { ids: Set<string>; usernames: Set<string> } {
  const ids = new Set<string>([openedBy]);
  const usernames = new Set<string>();
  for (const e of timeline) {
    if (e.actorId) ids.add(e.actorId);
    if (e.actorName) usernames.add(e.actorName);
    if (typeof e.data?.assignee === 'string') usernames.add(e.data.assignee);
  }
  for (const t of tasks) {
    if (t.assignee) usernames.add(t.assignee);
    if (t.completedBy) ids.add(t.completedBy);
  }
  return { ids, usernames };
}

/** Display names by user id and by username, for everyone the case's page names (one query). */
export async function peopleOf(dataSource: DataSource, timeline: CaseEvent[], tasks: { assignee: string | null; completedBy: string | null }[], openedBy: string): Promise<Record<string, string>> {
  const { ids, usernames } = namedPeople(timeline, tasks, openedBy);
  const where = [{ id: In([...ids]) }, ...(usernames.size ? [{ username: In([...usernames].slice(0, 500)) }] : [])];
  const users = await dataSource.getRepository(UserEntity).find({ where, select: { id: true, username: true, displayName: true } });
  const people: Record<string, string> = {};
  for (const u of users) people[u.id] = people[u.username] = u.displayName;
  return people;
}

/**
 * Entries that name a step by its element id alone (claims, retries, connector failures) get the
 * name the case's BPMN gives it, so the page never shows a raw id.
 */
export function withStepNames(timeline: CaseEvent[], bpmnXml: string | null): CaseEvent[] {
  if (!bpmnXml) return timeline;
  const names = elementNamesOf(bpmnXml);
  return timeline.map((e) => {
    const elementId = e.data?.elementId;
    if (typeof elementId !== 'string' || (typeof e.data?.name === 'string' && e.data.name) || !names[elementId]) return e;
    return { ...e, data: { ...e.data, name: names[elementId] } };
  });
}
