import { HistoricActivityInstance, HistoricIncident } from '../../../operaton/history';
import { CaseEvent } from '../entities';

/** Elements that are steps of the case: shown when they start and when they finish or are cut short. */
const STEPS = new Set(['userTask', 'serviceTask', 'sendTask', 'receiveTask', 'businessRuleTask', 'manualTask', 'task', 'callActivity', 'subProcess', 'transaction']);
/** Events that happen in an instant (a boundary event or an event sub-process start): when they start. */
const AT_ONCE: Record<string, string> = {
  boundaryTimer: 'timer.fired',
  startTimerEvent: 'timer.fired',
  boundaryError: 'error.caught',
  errorStartEvent: 'error.caught',
  boundaryMessage: 'message.caught',
};
/** End events an analyst named say how a path ended (误报已结案, 亲属已联系): an outcome; unnamed ones say nothing. */
const END_EVENTS = new Set(['noneEndEvent', 'terminateEndEvent', 'errorEndEvent', 'escalationEndEvent', 'messageEndEvent', 'signalEndEvent']);
/** Events a process waits in: they happened when the wait ended, unless it was cut short. */
const WHEN_DONE: Record<string, string> = { intermediateTimer: 'timer.fired', intermediateMessageCatch: 'message.caught' };

/** At the same millisecond, an ending comes before what it caused, and what happened before what starts next. */
const RANK = { ended: 0, happened: 1, started: 2 } as const;

export interface Milestone extends CaseEvent {
  rank: number;
}

/**
 * A case's process milestones from the engine's history, as timeline entries: steps started and
 * finished (or cut short by a boundary event or a cancel), timers fired, errors caught, messages
 * taken, incidents raised and resolved. `names` gives the model's element names by id.
 */
export function milestonesOf(caseId: string, activities: HistoricActivityInstance[], incidents: HistoricIncident[], names: Record<string, string>): Milestone[] {
  const out: Milestone[] = [];
  const add = (id: string, at: string, type: string, rank: number, data: Record<string, unknown>) =>
    out.push({ id: `engine:${id}`, caseId, at: new Date(at), type, actorId: null, actorName: null, data, rank });
  for (const a of activities) {
    const element = { elementId: a.activityId, ...(nameOf(a, names) ? { name: nameOf(a, names) } : {}) };
    if (STEPS.has(a.activityType)) {
      add(`${a.id}:started`, a.startTime, 'step.started', RANK.started, { ...element, activityType: a.activityType });
      if (!a.endTime) continue;
      const assignee = a.activityType === 'userTask' && a.assignee ? { assignee: a.assignee } : {};
      add(`${a.id}:${a.canceled ? 'canceled' : 'completed'}`, a.endTime, a.canceled ? 'step.canceled' : 'step.completed', RANK.ended, { ...element, activityType: a.activityType, ...assignee });
    } else if (AT_ONCE[a.activityType]) {
      add(a.id, a.startTime, AT_ONCE[a.activityType], RANK.happened, element);
    } else if (END_EVENTS.has(a.activityType)) {
      if (element.name) add(a.id, a.startTime, 'end.reached', RANK.happened, element);
    } else if (WHEN_DONE[a.activityType] && a.endTime && !a.canceled) {
      add(a.id, a.endTime, WHEN_DONE[a.activityType], RANK.happened, element);
    }
  }
  for (const i of incidents) {
    const elementId = i.failedActivityId ?? i.activityId;
    const element = { elementId, ...(elementId && names[elementId] ? { name: names[elementId] } : {}), jobKey: i.configuration };
    add(`${i.id}:raised`, i.createTime, 'incident.raised', RANK.happened, { ...element, error: i.incidentMessage ?? '' });
    if (i.resolved && i.endTime) add(`${i.id}:resolved`, i.endTime, 'incident.resolved', RANK.happened, element);
  }
  return out;
}

const nameOf = (a: HistoricActivityInstance, names: Record<string, string>) => names[a.activityId] ?? a.activityName ?? undefined;

/**
 * Both sources in time order; at the same millisecond by rank, then the engine's order, then the
 * table's. The case's opening comes first whatever the clocks say: its process starts only after the
 * case is written, but CareFlow's and the engine nodes' clocks may differ by a few milliseconds.
 */
export function inTimeOrder(own: CaseEvent[], milestones: Milestone[]): CaseEvent[] {
  const opened = own.filter((e) => e.type === 'case.opened');
  const rest = own.filter((e) => e.type !== 'case.opened');
  const all = [...milestones.map((m, i) => ({ m, i })), ...rest.map((e, i) => ({ m: { ...e, rank: RANK.happened }, i: milestones.length + i }))];
  all.sort((a, b) => a.m.at.getTime() - b.m.at.getTime() || a.m.rank - b.m.rank || a.i - b.i);
  return [
    ...opened,
    ...all.map(({ m }) => {
      const { rank: _rank, ...entry } = m;
      return entry;
    }),
  ];
}

/**
 * What a connector did (its notes: an SMS to a masked number, an HTTP status) goes with the step the
 * history shows for it: the step.completed of the same element nearest in time. A report whose step
 * is not (yet) in the history is returned as unplaced, to stay an entry of its own: no note is lost.
 */
export function withConnectorNotes(own: CaseEvent[], milestones: Milestone[]): { milestones: Milestone[]; unplaced: Set<CaseEvent> } {
  const unplaced = new Set<CaseEvent>();
  const steps = milestones.map((m) => ({ ...m, data: { ...(m.data ?? {}) } }));
  for (const event of own) {
    const notes = event.type === 'connector.completed' ? event.data?.notes : undefined;
    if (!Array.isArray(notes) || notes.length === 0) continue;
    const distance = (m: Milestone) => Math.abs(m.at.getTime() - event.at.getTime());
    const step = steps.filter((m) => m.type === 'step.completed' && m.data.elementId === event.data?.elementId).sort((a, b) => distance(a) - distance(b))[0];
    if (step) step.data.notes = [...(Array.isArray(step.data.notes) ? step.data.notes : []), ...notes];
    else unplaced.add(event);
  }
  return { milestones: steps, unplaced };
}
