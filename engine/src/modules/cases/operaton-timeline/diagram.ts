import { HistoricActivityInstance, HistoricIncident } from '../../../operaton/history';

/** The process itself and sub-process bodies are not shapes a person follows. */
const NOT_SHAPES = new Set(['processDefinition', 'multiInstanceBody']);

export interface DiagramState {
  active: string[];
  completed: string[];
  incidents: { elementId: string; message: string }[];
}

/**
 * Where a case's process is, from one instance's history: elements running now, elements that ran
 * and finished (an element cut short and not run again is neither), and open incidents with the
 * engine's message. An element that ran before and runs again (a loop) is active.
 */
export function diagramStateOf(activities: HistoricActivityInstance[], incidents: HistoricIncident[]): DiagramState {
  const active = new Set<string>();
  const completed = new Set<string>();
  for (const a of activities) {
    if (NOT_SHAPES.has(a.activityType)) continue;
    if (!a.endTime) active.add(a.activityId);
    else if (!a.canceled) completed.add(a.activityId);
  }
  for (const id of active) completed.delete(id);
  const open = incidents.filter((i) => i.open && !i.resolved && !i.deleted);
  return {
    active: [...active],
    completed: [...completed],
    incidents: open.map((i) => ({ elementId: i.failedActivityId ?? i.activityId ?? '', message: i.incidentMessage ?? '' })).filter((i) => i.elementId),
  };
}
