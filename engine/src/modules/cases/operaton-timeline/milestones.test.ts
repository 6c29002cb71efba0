import { HistoricActivityInstance } from '../../../operaton/history';
import { CaseEvent } from '../entities';
import { inTimeOrder, milestonesOf, withConnectorNotes } from './milestones';

const at = (s: number) => new Date(Date.UTC(2026, 11, 2, 8, 0, s)).toISOString();
const activity = (id: string, activityType: string, start: number, end: number | null, activityName: string | null = null): HistoricActivityInstance => ({
  id: `${id}-1`,
  activityId: id,
  activityName,
  activityType,
  processDefinitionId: 'def',
  processInstanceId: 'pi',
  startTime: at(start),
  endTime: end === null ? null : at(end),
  canceled: false,
  assignee: null,
});

describe('process milestones from history', () => {
  it('given a path that ends at a named end event, when the milestones are read, then the outcome is an entry with the model’s name and unnamed events add nothing', () => {
    const history = [
      activity('start', 'startEvent', 0, 0),
      activity('confirm', 'userTask', 1, 5),
      activity('end-false-alarm', 'noneEndEvent', 6, 6),
      activity('end', 'noneEndEvent', 7, 7),
    ];
    const entries = milestonesOf('case-1', history, [], { confirm: '确认警情', 'end-false-alarm': '误报已结案' });
    expect(entries.map((e) => [e.type, e.data?.name ?? e.data?.elementId])).toEqual([
      ['step.started', '确认警情'],
      ['step.completed', '确认警情'],
      ['end.reached', '误报已结案'],
    ]);
  });

  it('given an engine clock a few ms behind CareFlow’s, when the case’s entries are merged, then the case still opens first and the rest keep time order', () => {
    const own = (type: string, s: number): CaseEvent => ({ id: type, caseId: 'case-1', at: new Date(at(s)), type, actorId: null, actorName: null, data: null });
    // The engine says its first step started at second 0, before CareFlow wrote the case at second 1.
    const steps = milestonesOf('case-1', [activity('confirm', 'userTask', 0, 3)], [], { confirm: '确认警情' });
    const merged = inTimeOrder([own('case.opened', 1), own('case.urged', 2)], steps);
    expect(merged.map((e) => e.type)).toEqual(['case.opened', 'step.started', 'case.urged', 'step.completed']);
  });

  it('given connector reports with notes, when merged with the history, then the notes go on the step of the same element nearest in time, and a report without its step stays an entry', () => {
    const report = (elementId: string, s: number, notes: unknown[]): CaseEvent => ({ id: `r-${elementId}-${s}`, caseId: 'case-1', at: new Date(at(s)), type: 'connector.completed', actorId: null, actorName: null, data: { elementId, jobType: 'careflow:sms:1', notes } });
    const history = [activity('sms', 'serviceTask', 1, 2), activity('sms', 'serviceTask', 10, 11)];
    const steps = milestonesOf('case-1', history, [], { sms: '短信通知亲属' });
    const sent = { what: 'sms.sent', to: ['138****8000'] };
    const merged = withConnectorNotes([report('sms', 11, [sent]), report('gone', 5, [sent]), report('sms', 3, [])], steps);
    const done = merged.milestones.filter((m) => m.type === 'step.completed');
    expect(done.map((m) => m.data?.notes ?? null)).toEqual([null, [sent]]);
    // The report for a step the history does not show stays an entry of its own; the one without notes adds nothing to any step.
    expect([...merged.unplaced].map((e) => e.id)).toEqual(['r-gone-5']);
  });
});
