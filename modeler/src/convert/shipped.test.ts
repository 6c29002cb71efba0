import fs from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';
import { convertFromCamunda8 } from '.';

const SEEDS = path.resolve(__dirname, '../../../engine/src/modules/seeds/emergency-rescue');
/** The shipped 紧急救助 as it ran on Camunda 8 (Zeebe) before CareFlow moved to Operaton. */
const ZEEBE_FILE = fs.readFileSync(path.join(__dirname, 'fixtures', 'camunda8-emergency-rescue.bpmn'), 'utf8');
const OPERATON_FILE = fs.readFileSync(path.join(SEEDS, 'emergency-rescue.bpmn'), 'utf8');
/** What the hand-finishing added: a gateway for a case without an elder file, with its two flows. */
const ADDED = ['has-elder-file', 'f-rel-0', 'f-rel-no-file'];
/**
 * What it took out: the steps that wrote the case timeline (careflow:case-event:1), each with the flow
 * leaving it; the flow into each now goes where that one went. On Operaton the timeline comes from the
 * engine's history, so what such a step told at an ending became the end event's name.
 */
const TIMELINE_STEPS = ['false-alarm-closed', 'alarm-confirmed', 'classified', 'relatives-reached', 'relatives-texted', 'relatives-contacted', 'relatives-escalated', 'worker-dispatched', 'worker-accepted', 'worker-escalated', 'handover-recorded', 'onsite-recorded', 'closed'];
const THEIR_FLOWS_OUT = ['f-false-end', 'f-classify', 'f-fork', 'f-rel-end', 'f-rel-confirm', 'f-rel-done', 'f-esc-rel-3', 'f-wait', 'f-accepted-merge', 'f-esc-w-3', 'f-handover-merge', 'f-return', 'f-end'];
const NAMED_ENDS: Record<string, string> = { 'relatives-end': '已电话联系到亲属', 'relatives-done': '亲属已联系', 'relatives-escalation-end': '亲属联系超时已升级' };

type El = { $type: string; id: string; name?: string; get(name: string): unknown };

/** Every flow element with what makes it the same step: type, name, topic, form and groups. */
async function steps(xml: string) {
  const { elementsById } = (await new BpmnModdle({ camunda }).fromXML(xml)) as unknown as { elementsById: Record<string, El> };
  const all = Object.values(elementsById).filter((e) => e.$type.startsWith('bpmn:') && e.$type !== 'bpmn:Definitions');
  return Object.fromEntries(all.map((e) => [e.id, [e.$type, e.name ?? '', e.get('camunda:topic') ?? '', e.get('camunda:formKey') ?? '', e.get('camunda:candidateGroups') ?? ''].join(' | ')]));
}

describe('the shipped 紧急救助 for Operaton', () => {
  it('given the Zeebe file, when converted, then the hand-finished Operaton file has the same steps plus only the elder-file gateway, less the case-event steps', async () => {
    const converted = await steps((await convertFromCamunda8(ZEEBE_FILE)).xml);
    const finished = await steps(OPERATON_FILE);
    for (const id of ADDED) delete finished[id];
    expect(TIMELINE_STEPS.map((id) => converted[id])).toEqual(TIMELINE_STEPS.map(() => expect.stringContaining('| careflow:case-event:1 |')));
    for (const id of [...TIMELINE_STEPS, ...THEIR_FLOWS_OUT]) delete converted[id];
    for (const [id, name] of Object.entries(NAMED_ENDS)) converted[id] = converted[id].replace('bpmn:EndEvent |  |', `bpmn:EndEvent | ${name} |`);
    // f-rel-1 now leaves the new gateway; everything else is the converter's step for step.
    expect({ ...finished, 'f-rel-1': converted['f-rel-1'] }).toEqual(converted);
    expect(OPERATON_FILE).not.toContain('careflow:case-event:1');
  });

  it('given the review list of the conversion, when the Operaton file is read, then no FEEL is left anywhere', async () => {
    const { review } = await convertFromCamunda8(ZEEBE_FILE);
    expect(review.length).toBeGreaterThan(0);
    expect(OPERATON_FILE).not.toMatch(/>\s*=|="=|zeebe/);
  });
});
