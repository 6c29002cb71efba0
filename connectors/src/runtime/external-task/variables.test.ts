import { z } from 'zod';
import { c7ElementTemplate } from '../../templates/c7/element-template';
import { templatedTask } from '../../../test/support/c7-task';
import { startTestWorkers } from '../../../test/support/external-task-workers';
import { deleteStartedProcesses, deploy, historicVariables, reached, startProcess } from '../../../test/support/operaton';
import { ConnectorDescriptor, defineConnector } from '../descriptor';
import { field } from '../template-fields';
import { completionVariables, readInputs } from './inputs';

const labels = { 'zh-CN': '测试', en: 'Test' };

/** Answers what it was given: a text `label` and the notify connector's kind of `sms` flag. */
const probe = defineConnector({
  id: 'test-probe',
  version: 1,
  name: labels,
  description: labels,
  input: z.object({
    label: field(z.string().optional(), { label: labels }),
    sms: field(z.boolean().default(false), { label: labels }),
    count: field(z.number().int().optional(), { label: labels }),
    phones: field(z.array(z.string()).optional(), { label: labels }),
  }),
  output: { seen: labels },
  run: async (input) => ({ seen: input }),
}) as unknown as ConnectorDescriptor;

const task = (id: string, values: Record<string, string>) => templatedTask(c7ElementTemplate(probe), id, values);

describe('task variables on the external-task runtime', () => {
  describe('given two tasks with the same input names in parallel, and process variables of those names', () => {
    let running: ReturnType<typeof startTestWorkers> | undefined;
    afterAll(async () => {
      await running?.workers.close();
      await deleteStartedProcesses();
    });

    it('when both run, then each sees only its own input parameters, never the other task\'s nor the process\'s', async () => {
      const bpmn = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://careflow.example/test">
  <bpmn:process id="et_shadowing" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="fork"/>
    <bpmn:parallelGateway id="fork"/>
    <bpmn:sequenceFlow id="fa" sourceRef="fork" targetRef="a"/>
    <bpmn:sequenceFlow id="fb" sourceRef="fork" targetRef="b"/>
    ${task('a', { label: '甲', sms: '${true}', count: '3', phones: '["13800138000"]', 'output.seen': 'aSeen' })}
    ${task('b', { label: '乙', 'output.seen': 'bSeen' })}
    <bpmn:sequenceFlow id="ja" sourceRef="a" targetRef="join"/>
    <bpmn:sequenceFlow id="jb" sourceRef="b" targetRef="join"/>
    <bpmn:parallelGateway id="join"/>
    <bpmn:sequenceFlow id="fd" sourceRef="join" targetRef="done"/>
    <bpmn:userTask id="done"/>
  </bpmn:process>
</bpmn:definitions>`;
      await deploy('et_shadowing', bpmn);
      running = startTestWorkers([probe]);
      // The SMS step's result `sms` and a `label` are process variables, as in the escalation that read one as the other.
      const id = await startProcess('et_shadowing', { sms: { sent: 1, failed: 0, messageIds: ['m1'] }, label: '流程', count: 9 });
      await reached(id, 'done');

      const variables = await historicVariables(id);
      expect(variables.aSeen).toEqual({ label: '甲', sms: true, count: 3, phones: ['13800138000'] });
      expect(variables.bSeen).toEqual({ label: '乙', sms: false });
      expect(variables).toMatchObject({ sms: { sent: 1, failed: 0, messageIds: ['m1'] }, label: '流程', count: 9 });
      expect(running.warnings).toEqual([]);
    });
  });

  describe('given input parameters as Camunda 7 writes them', () => {
    it.each([
      ['text that is a number, for a number field', { count: '42' }, { count: 42 }],
      ['JSON text, for a list field', { phones: '["13800138000","13900139000"]' }, { phones: ['13800138000', '13900139000'] }],
      ['"true", for a boolean field', { sms: 'true' }, { sms: true }],
      ['an empty parameter (null) and an empty text', { label: null, phones: '' }, {}],
      ['text a field takes as it is', { label: '42' }, { label: '42' }],
      ['a variable that is no declared input', { label: 'x', caseId: 'c-1' }, { label: 'x' }],
      ['JSON text that does not parse (left for the field to refuse)', { phones: '[1380' }, { phones: '[1380' }],
    ])('when %s is read, then the connector gets it as its field wants', (_what, local, expected) => {
      expect(readInputs(probe, local)).toEqual(expected);
    });
  });

  describe('given a connector result', () => {
    it('when the task completes, then declared outputs are local (null when missing) and other results go to the process', () => {
      expect(completionVariables(probe, { seen: { a: 1 } })).toEqual({ localVariables: { seen: { a: 1 } }, variables: {} });
      expect(completionVariables(probe, { orderId: 'o-1' })).toEqual({ localVariables: { seen: null }, variables: { orderId: 'o-1' } });
    });
  });
});
