// One blank diagram and one process-id rule for the studio and 流程设计: a Camunda 7 (Operaton)
// process, camunda: namespace, with the default history time to live.
export { blankCamunda7Diagram as blankDiagram } from '@careflow/modeler/src/camunda7/import-export';
export { processIdOf } from '@careflow/modeler/src/import-export';

const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/**
 * A template's BPMN for a new type: its executable process gets the new id (two published types
 * may not share one) and name, and every reference to the old id (diagram plane, participants) follows.
 */
export function withProcessId(xml: string, processId: string, name?: string): string {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('The template BPMN is not well-formed XML');
  const processes = Array.from(doc.getElementsByTagNameNS(BPMN_NS, 'process'));
  const process = processes.find((p) => p.getAttribute('isExecutable') === 'true') ?? processes[0];
  const oldId = process?.getAttribute('id');
  if (!process || !oldId) throw new Error('The template has no process');
  process.setAttribute('id', processId);
  if (name) process.setAttribute('name', name);
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    for (const attr of ['bpmnElement', 'processRef']) if (el.getAttribute(attr) === oldId) el.setAttribute(attr, processId);
  }
  return new XMLSerializer().serializeToString(doc);
}
