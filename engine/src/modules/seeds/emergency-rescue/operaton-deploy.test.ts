import fs from 'node:fs';
import path from 'node:path';
import { connectors, jobType } from '@careflow/connectors';
import { OperatonDeployments } from '../../../operaton/deployments';
import { OperatonRest, ProcessEngineRejection } from '../../../operaton/rest';
import { toTypedVariables } from '../../../operaton/variables';
import * as fixtures from '../../../../test/support/operaton-fixtures';
import { checkForPublish } from '../../deployments/publish-check';
import { processVariableDefaults } from '../../service-types/bpmn-model';

const url = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL!;
const EMERGENCY = fs.readFileSync(path.join(__dirname, 'emergency-rescue.bpmn'), 'utf8');
/** What CareFlow starts every case of the model with unless the case says otherwise: its deadlines. */
const DEFAULTS = processVariableDefaults(EMERGENCY, 'emergency_rescue');
/** The seed's own forms, by the key the user tasks name. */
const FORM_KEYS = fs.readdirSync(path.join(__dirname, 'forms')).map((f) => path.basename(f, '.json'));

type Task = { id: string; taskDefinitionKey: string; formKey: string | null; name: string };
type Link = { type: string; groupId: string | null; userId: string | null };

describe('the Operaton emergency-rescue process and test fixtures, deployed to the run’s engine', () => {
  const rest = new OperatonRest({ baseUrl: url });

  const deploy = async (name: string, xml: string) => {
    const form = new FormData();
    form.append('deployment-name', name);
    form.append(`${name}.bpmn`, new Blob([xml], { type: 'application/xml' }), `${name}.bpmn`);
    return rest.postForm<{ id: string; deployedProcessDefinitions: Record<string, { key: string }> | null }>('/deployment/create', form);
  };
  const keysOf = (deployment: { deployedProcessDefinitions: Record<string, { key: string }> | null }) => Object.values(deployment.deployedProcessDefinitions ?? {}).map((d) => d.key);
  const tasksOf = (instanceId: string) => rest.get<Task[]>('/task', { processInstanceId: instanceId });
  const externalTasksOf = (instanceId: string) => rest.get<{ activityId: string; topicName: string }[]>('/external-task', { processInstanceId: instanceId });

  /** Starts the process as a case would: business key = case number, the case's variables. */
  const startCase = async (caseNumber: string) =>
    rest.post<{ id: string }>('/process-definition/key/emergency_rescue/start', {
      businessKey: caseNumber,
      variables: toTypedVariables({ caseId: `case-${caseNumber}`, caseNumber, serviceType: 'emergency-rescue', channel: 'alarm', priority: 'emergency', elderId: null, elderAreaCode: null, caseAreaPath: null, caseDueAt: null, ...DEFAULTS }),
    });

  it('given the converted 紧急救助, when it is deployed, then Operaton parses it into the emergency_rescue process', async () => {
    expect(keysOf(await deploy('emergency-rescue-operaton', EMERGENCY))).toEqual(['emergency_rescue']);
  });

  it('given a started case, when it begins, then it waits at 确认警情 with the confirm form for the hotline group', async () => {
    const started = await startCase('GD20261202-900001');
    const [task, ...others] = await tasksOf(started.id);
    expect(others).toEqual([]);
    expect(task).toMatchObject({ taskDefinitionKey: 'confirm-alarm', name: '确认警情', formKey: 'emergency-confirm-alarm' });
    const links = await rest.get<Link[]>(`/task/${task.id}/identity-links`);
    expect(links.filter((l) => l.type === 'candidate')).toEqual([expect.objectContaining({ groupId: 'hotline', userId: null })]);
  });

  it('given the converted 紧急救助, when it goes through the publish check with only the connectors’ topics known, then it passes with no problem and writes no case events', async () => {
    const known = { formKeys: FORM_KEYS, topics: connectors.map(jobType), processKeys: [], decisionKeys: [] };
    // On Operaton the case timeline comes from the engine's history: no worker serves the case-event topic.
    expect(EMERGENCY).not.toContain('careflow:case-event:1');
    expect(await checkForPublish(new OperatonDeployments(rest), { bpmnXml: EMERGENCY, known })).toEqual({ problems: [], publishable: true, engineChecked: true });
  });

  it('given the confirm task, when it is completed as a false alarm, then the JUEL gateway ends the case at 误报已结案', async () => {
    const started = await startCase('GD20261202-900002');
    const [task] = await tasksOf(started.id);
    await rest.post(`/task/${task.id}/complete`, { variables: toTypedVariables({ alarmOutcome: 'false_alarm' }) });
    expect(await rest.get<{ state: string }>(`/history/process-instance/${started.id}`)).toMatchObject({ state: 'COMPLETED' });
    const ends = await rest.get<{ activityId: string; activityName: string }[]>('/history/activity-instance', { processInstanceId: started.id, activityType: 'noneEndEvent' });
    expect(ends).toEqual([expect.objectContaining({ activityId: 'end-false-alarm', activityName: '误报已结案' })]);
  });

  it('given the confirm task, when it is completed as real, then the JUEL gateway sends the case straight on to 警情分类 and no external task waits', async () => {
    const started = await startCase('GD20261202-900003');
    const [task] = await tasksOf(started.id);
    await rest.post(`/task/${task.id}/complete`, { variables: toTypedVariables({ alarmOutcome: 'real' }) });
    expect(await tasksOf(started.id)).toEqual([expect.objectContaining({ taskDefinitionKey: 'classify', name: '警情分类', formKey: 'emergency-classify' })]);
    expect(await externalTasksOf(started.id)).toEqual([]);
  });

  it('given every Operaton test fixture, when each is deployed, then each parses into its process', async () => {
    const id = fixtures.uniqueProcessId('fixture');
    const processes: Record<string, string> = {
      chain: fixtures.chain(`${id}_chain`, [{ id: 'note', xml: fixtures.caseEvent('note', 'closed') }]),
      intakeThenEcho: fixtures.intakeThenEcho(`${id}_echo`),
      intakeEchoReview: fixtures.intakeEchoReview(`${id}_review`),
      slaWarning: fixtures.chain(`${id}_sla`, [{ id: 'handle', xml: fixtures.userTask('handle', 'note-form') }], fixtures.slaWarningOn('handle', 'PT1H')),
      slaWarningByName: fixtures.chain(`${id}_slavar`, [{ id: 'handle', xml: fixtures.userTask('handle', 'note-form') }], fixtures.slaWarningOn('handle', '${slaWarnAfter}')),
      flows: `${fixtures.BPMN_HEADER}<bpmn:process id="${id}_flows" isExecutable="true" camunda:historyTimeToLive="P1D"><bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>${fixtures.flow('f', 's', 'e')}</bpmn:process></bpmn:definitions>`,
    };
    for (const [name, xml] of Object.entries(processes)) {
      expect({ name, keys: keysOf(await deploy(name, xml)) }).toEqual({ name, keys: [expect.stringMatching(new RegExp(`^${id}_`))] });
    }
  });

  it('given the fixture of a service task without a topic, when it is deployed, then Operaton refuses it naming the task', async () => {
    const refused = await deploy('broken', fixtures.serviceTaskWithoutType(fixtures.uniqueProcessId('broken'))).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProcessEngineRejection);
    expect((refused as ProcessEngineRejection).status).toBe(400);
    expect(JSON.stringify((refused as ProcessEngineRejection).body)).toContain('broken_task');
  });
});
