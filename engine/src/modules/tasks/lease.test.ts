import { eventually } from '../../testing/api-client';
import { uniqueProcessId } from '../../testing/bpmn-fixtures';
import { testDatabases } from '../../testing/databases';
import { useTestEngine, ZEEBE_CASES } from '../../testing/test-engine';

type TaskView = { id: string; elementId: string; status: string };

/** A user task with an interrupting 2-second timer that escalates to another user task. */
function escalating(processId: string): string {
  const task = (id: string) =>
    `<bpmn:userTask id="${id}"><bpmn:extensionElements><zeebe:formDefinition formKey="f"/><zeebe:assignmentDefinition candidateGroups="agents"/></bpmn:extensionElements></bpmn:userTask>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
<bpmn:process id="${processId}" isExecutable="true"><bpmn:startEvent id="start"/>${task('handle')}${task('escalate')}${task('steady')}
<bpmn:parallelGateway id="fork"/>
<bpmn:boundaryEvent id="late" attachedToRef="handle"><bpmn:outgoing>e</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
<bpmn:endEvent id="end1"/><bpmn:endEvent id="end2"/><bpmn:endEvent id="end3"/>
<bpmn:sequenceFlow id="a" sourceRef="start" targetRef="fork"/><bpmn:sequenceFlow id="b" sourceRef="fork" targetRef="handle"/>
<bpmn:sequenceFlow id="c" sourceRef="fork" targetRef="steady"/><bpmn:sequenceFlow id="d1" sourceRef="handle" targetRef="end1"/>
<bpmn:sequenceFlow id="e" sourceRef="late" targetRef="escalate"/><bpmn:sequenceFlow id="f1" sourceRef="escalate" targetRef="end2"/>
<bpmn:sequenceFlow id="g" sourceRef="steady" targetRef="end3"/></bpmn:process></bpmn:definitions>`;
}

describe.each(testDatabases())('task leases on $name', ({ create }) => {
  const engine = useTestEngine(create, { ...ZEEBE_CASES, userTaskSweepMs: 1000 });

  it('given a task its process ends by a timer, when the engine sweeps, then that task leaves the inbox and the others stay open', async () => {
    const api = engine.admin;
    const processId = uniqueProcessId('lease');
    expect((await api.post('/api/deployments', { resourceName: `${processId}.bpmn`, xml: escalating(processId) })).status).toBe(201);
    const started = await api.post<{ processInstance: { processInstanceKey: string } }>('/api/process-instances', { bpmnProcessId: processId });
    const key = started.body.processInstance.processInstanceKey;
    const all = async () => (await api.get<{ tasks: TaskView[] }>(`/api/tasks?view=all&status=created&processInstanceKey=${key}`)).body.tasks;
    const canceled = async () => (await api.get<{ tasks: TaskView[] }>(`/api/tasks?view=all&status=canceled&processInstanceKey=${key}`)).body.tasks;

    await eventually(async () => ((await canceled()).some((t) => t.elementId === 'handle') ? true : undefined), 30_000, 'the timed-out task to be canceled');
    const open = await eventually(async () => {
      const tasks = await all();
      return tasks.some((t) => t.elementId === 'escalate') ? tasks : undefined;
    }, 30_000, 'the escalation task');
    expect(open.map((t) => t.elementId).sort()).toEqual(['escalate', 'steady']);
  });
});
