import { connectors, jobType } from '@careflow/connectors';
import { checkSchema } from '@careflow/forms';
import { OperatonDeployments } from '../../../operaton/deployments';
import { OperatonRest } from '../../../operaton/rest';
import { checkForPublish } from '../../deployments/publish-check';
import { processVariableDefaults, readBpmnModel } from '../../service-types/bpmn-model';
import { readSeed } from '../files';

const seed = readSeed('proactive-care');
const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });

/** The shipped 主动关怀 model and forms as publishing sees them: the studio's lint, then Operaton's own parser. */
describe('the shipped proactive-care model', () => {
  it('given the model and its forms, when they go through the publish check with only the connectors’ topics known, then it passes with no problem and the engine parsed it', async () => {
    const known = { formKeys: seed.forms.map((f) => f.key), topics: connectors.map(jobType), processKeys: [], decisionKeys: [] };
    expect(await checkForPublish(new OperatonDeployments(rest), { bpmnXml: seed.bpmnXml, known })).toEqual({ problems: [], publishable: true, engineChecked: true });
  });

  it('given its forms, then each is a valid form schema and every user task names one of them', () => {
    for (const form of seed.forms) expect({ key: form.key, problems: checkSchema(form.schema) }).toEqual({ key: form.key, problems: [] });
    const tasks = readBpmnModel(seed.bpmnXml).userTasks;
    // 回拨老人 and 跟进探视发现的需求 share care-callback.
    expect([...new Set(tasks.map((t) => t.formKey))].sort()).toEqual(seed.forms.map((f) => f.key).sort());
  });

  it('given a case opened by hand (no plan), then the model’s defaults make it an agent’s care call for the hotline with a day for the visit', () => {
    expect(processVariableDefaults(seed.bpmnXml, 'proactive_care')).toMatchObject({ careChannel: 'agent', careGroup: 'hotline', visitWithin: 'PT24H', careOutcome: 'pending' });
  });

  it('given the diagram, then every element of the process is drawn', () => {
    const ids = [...seed.bpmnXml.matchAll(/<bpmn:(?!process|message|escalation|error|definitions)\w+ id="([^"]+)"/g)].map((m) => m[1]);
    const drawn = new Set([...seed.bpmnXml.matchAll(/bpmnElement="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.filter((id) => !drawn.has(id))).toEqual([]);
  });
});
