import type Modeler from 'bpmn-js/lib/Modeler';
import type { ModelProblem } from './types';

type ImportWarning = { message: string; element?: { id?: string } };

/**
 * Opens a diagram, from CareFlow or another BPMN tool. Import warnings (unknown elements, broken
 * references) come back as problems to list; a file bpmn-js cannot read at all throws.
 */
export async function importDiagram(modeler: Modeler, xml: string): Promise<ModelProblem[]> {
  try {
    const { warnings } = await modeler.importXML(xml);
    return (warnings as unknown as ImportWarning[]).map((w) => ({ elementId: w.element?.id, message: w.message, source: 'import', category: 'warn' }));
  } catch (err) {
    const warnings = ((err as { warnings?: ImportWarning[] }).warnings ?? []).map((w) => w.message);
    throw new Error([(err as Error).message, ...warnings].join('\n'));
  }
}

/** The current diagram as indented XML. */
export async function exportDiagram(modeler: Modeler): Promise<string> {
  const { xml } = await modeler.saveXML({ format: true });
  if (!xml) throw new Error('The diagram is empty');
  return xml;
}

/** Saves `xml` as a .bpmn file through the browser's download. */
export function downloadXml(xml: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName.endsWith('.bpmn') ? fileName : `${fileName}.bpmn` });
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/** A BPMN process id for a service type key: an NCName Zeebe accepts, unique per type. */
export const processIdOf = (key: string) => `careflow_${key.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** The smallest valid service process, start → end, with its diagram so it can be drawn. */
export function blankDiagram(processId: string, name = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="definitions_${processId}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="CareFlow" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.5.0">
  <bpmn:process id="${processId}" name="${escapeXml(name)}" isExecutable="true">
    <bpmn:startEvent id="start" name="开始"><bpmn:outgoing>flow_start_end</bpmn:outgoing></bpmn:startEvent>
    <bpmn:endEvent id="end" name="结束"><bpmn:incoming>flow_start_end</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="flow_start_end" sourceRef="start" targetRef="end"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram_${processId}">
    <bpmndi:BPMNPlane id="plane_${processId}" bpmnElement="${processId}">
      <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="152" y="102" width="36" height="36"/></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="352" y="102" width="36" height="36"/></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="flow_start_end_di" bpmnElement="flow_start_end"><di:waypoint x="188" y="120"/><di:waypoint x="352" y="120"/></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
