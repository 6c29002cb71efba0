import type Modeler from 'bpmn-js/lib/Modeler';
import { convertFromCamunda8, type ConversionItem } from '../convert';
import { elementsWithCamunda8Content } from '../convert/camunda8-content';
import { describeConversionItem } from '../convert/report';
import type { ModelerLocale } from '../i18n';
import { importDiagram } from '../import-export';
import type { ModelProblem } from '../types';
import { CAMUNDA7_CONNECTOR_TEMPLATES } from '../templates/camunda7';
import { connectorOutputsOf } from '../templates/topics';

/** What every new Camunda 7 process keeps its history for unless set otherwise: 等保's 6 months of audit. */
export const DEFAULT_HISTORY_TIME_TO_LIVE = 'P180D';

const SHOWN_IDS = 5;

/**
 * Opens a diagram in the Camunda 7 modeler. Besides bpmn-js's own warnings, a file holding Camunda 8
 * content gets one warning: that content is kept but the engine will not run it, and the Camunda 8
 * import converter is the way to carry it over. A file bpmn-js cannot read at all throws.
 */
export async function importCamunda7Diagram(modeler: Modeler, xml: string): Promise<ModelProblem[]> {
  const problems = await importDiagram(modeler, xml);
  const ids = elementsWithCamunda8Content(modeler.getDefinitions() as never);
  if (ids.length === 0) return problems;
  const translate = modeler.get<(s: string, r?: Record<string, string>) => string>('translate');
  const named = ids.slice(0, SHOWN_IDS).join(', ') + (ids.length > SHOWN_IDS ? ` …(+${ids.length - SHOWN_IDS})` : '');
  const warning: ModelProblem = {
    elementId: ids[0],
    message: translate('This file holds Camunda 8 content ({ids}) that Operaton does not run: open it with the Camunda 8 import converter', { ids: named }),
    source: 'import',
    category: 'warn',
  };
  return [warning, ...problems];
}

/** What came of opening a diagram: the import's problems and whether a Camunda 8 file was converted. */
export interface Camunda7OpenResult {
  problems: ModelProblem[];
  converted: boolean;
}

/**
 * Opens any diagram CareFlow may hold or be handed in the Camunda 7 modeler: a Camunda 8 one, stored
 * before the move to Operaton or exported from Camunda 8, goes through the Camunda 8 import converter
 * first, and what it could not carry (warn), what an analyst must look at (warn) and what it changed
 * (info) come back with the import's own problems. A Camunda 7 file opens as it is. A file that is not
 * BPMN throws (BpmnImportError or bpmn-js's error).
 */
export async function openCamunda7Diagram(
  modeler: Modeler,
  xml: string,
  options: { locale?: ModelerLocale; historyTimeToLive?: string; connectorOutputs?: Record<string, string[]> } = {},
): Promise<Camunda7OpenResult> {
  const connectorOutputs = options.connectorOutputs ?? connectorOutputsOf(CAMUNDA7_CONNECTOR_TEMPLATES);
  const result = await convertFromCamunda8(xml, { historyTimeToLive: options.historyTimeToLive ?? DEFAULT_HISTORY_TIME_TO_LIVE, connectorOutputs });
  const converted = result.xml !== xml;
  const problems = await importCamunda7Diagram(modeler, result.xml);
  const line = (category: ModelProblem['category']) => (item: ConversionItem): ModelProblem => ({
    ...(item.elementId ? { elementId: item.elementId } : {}),
    message: describeConversionItem(item, options.locale ?? 'zh-CN'),
    source: 'import',
    category,
  });
  return { problems: [...result.notCarried.map(line('warn')), ...result.review.map(line('warn')), ...result.changes.map(line('info')), ...problems], converted };
}

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/** The smallest valid Camunda 7 service process, start → end, with its diagram and a history time to live. */
export function blankCamunda7Diagram(processId: string, name = '', historyTimeToLive = DEFAULT_HISTORY_TIME_TO_LIVE): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="definitions_${processId}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="CareFlow" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.23.0">
  <bpmn:process id="${processId}" name="${escapeXml(name)}" isExecutable="true" camunda:historyTimeToLive="${escapeXml(historyTimeToLive)}">
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
