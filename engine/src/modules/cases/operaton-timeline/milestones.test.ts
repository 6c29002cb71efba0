import { HistoricActivityInstance } from '../../../operaton/history';
import { milestonesOf } from './milestones';

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
});
