import { HistoricActivityInstance, HistoricIncident } from '../../../operaton/history';
import { diagramStateOf } from './diagram';

const run = (activityId: string, activityType: string, ended: boolean, canceled = false): HistoricActivityInstance => ({
  id: `${activityId}-${Math.random()}`,
  activityId,
  activityName: null,
  activityType,
  processDefinitionId: 'def',
  processInstanceId: 'pi',
  startTime: '2026-12-02T08:00:00.000+0000',
  endTime: ended ? '2026-12-02T08:01:00.000+0000' : null,
  canceled,
  assignee: null,
});
const incident = (failedActivityId: string, open: boolean, message: string): HistoricIncident => ({
  id: `i-${failedActivityId}`, processDefinitionId: 'def', processInstanceId: 'pi', executionId: 'e', jobDefinitionId: null, activityId: failedActivityId, failedActivityId,
  createTime: '2026-12-02T08:02:00.000+0000', endTime: open ? null : '2026-12-02T08:03:00.000+0000', incidentType: 'failedJob', incidentMessage: message, configuration: null, open, resolved: !open, deleted: false,
});

describe('where a case’s process is, from its history', () => {
  it('given finished, running, cut-short and looped elements, when read, then running ones are active, finished ones done, cut-short ones neither, and a loop back is active', () => {
    const state = diagramStateOf(
      [run('start', 'startEvent', true), run('intake', 'userTask', true), run('sms', 'serviceTask', true, true), run('review', 'userTask', true), run('review', 'userTask', false), run('pi', 'processDefinition', false)],
      [],
    );
    expect(state).toEqual({ active: ['review'], completed: ['start', 'intake'], incidents: [] });
  });

  it('given an open and a resolved incident, when read, then only the open one is marked, with the engine’s message', () => {
    const state = diagramStateOf([], [incident('notify', true, '家属电话未登记'), incident('old', false, 'gone')]);
    expect(state.incidents).toEqual([{ elementId: 'notify', message: '家属电话未登记' }]);
  });
});
