import { connectors, jobType } from '@careflow/connectors';
import { OperatonDeployments } from '../../operaton/deployments';
import { OperatonRest } from '../../operaton/rest';

/** The process that posts a 转办件's result back: its definition key, and the business key its instances share with their case. */
export const REPORT_PROCESS_KEY = 'careflow-handover-report';
/** Ended here: the source took the result (2xx). */
export const REPORTED_END = 'reported';
/** Ended here: the source refused it (a 4xx, the HTTP connector's BPMN error HTTP_<status>). */
export const REFUSED_END = 'refused_end';

export interface ReportRetries {
  /** Tries in all, before the engine raises an incident. */
  retries: number;
  /** The pause between tries (ISO 8601, e.g. PT1M). */
  backoff: string;
}

const HTTP_TOPIC = jobType(connectors.find((c) => c.id === 'http')!);
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * One HTTP connector step (retries with backoff, an incident when they run out, from the one
 * connector runtime), its variables prepared and signed by the engine: the secret never leaves it.
 * The retry settings are in the model, tagged, so each setting is deployed once.
 */
export function reportProcessXml({ retries, backoff }: ReportRetries): string {
  const tag = `r${retries}-${backoff}-1`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="handover-report-defs" targetNamespace="https://careflow.example/bpmn">
<bpmn:process id="${REPORT_PROCESS_KEY}" name="转办件办理结果回传" isExecutable="true" camunda:versionTag="${attr(tag)}" camunda:historyTimeToLive="P180D">
<bpmn:startEvent id="start"/>
<bpmn:serviceTask id="post_result" name="回传办理结果" camunda:type="external" camunda:topic="${HTTP_TOPIC}"><bpmn:extensionElements>
<camunda:properties><camunda:property name="retries" value="${retries}"/><camunda:property name="retryBackoff" value="${attr(backoff)}"/></camunda:properties>
<camunda:inputOutput><camunda:inputParameter name="method">POST</camunda:inputParameter><camunda:inputParameter name="url">\${reportUrl}</camunda:inputParameter>
<camunda:inputParameter name="headers">\${reportHeaders}</camunda:inputParameter><camunda:inputParameter name="body">\${reportBody}</camunda:inputParameter>
<camunda:inputParameter name="timeoutSeconds">30</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>
<bpmn:boundaryEvent id="refused" name="对方拒收" attachedToRef="post_result"><bpmn:errorEventDefinition id="refused_error" camunda:errorCodeVariable="reportRefusedCode" camunda:errorMessageVariable="reportRefusedMessage"/></bpmn:boundaryEvent>
<bpmn:endEvent id="${REPORTED_END}" name="已回传"/><bpmn:endEvent id="${REFUSED_END}" name="回传被拒"/>
<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="post_result"/><bpmn:sequenceFlow id="f2" sourceRef="post_result" targetRef="${REPORTED_END}"/>
<bpmn:sequenceFlow id="f3" sourceRef="refused" targetRef="${REFUSED_END}"/>
</bpmn:process></bpmn:definitions>`;
}

/** The definition of these settings: found by its version tag, deployed when there is none. */
export async function reportDefinition(rest: OperatonRest, settings: ReportRetries): Promise<string> {
  const deployments = new OperatonDeployments(rest);
  const tag = `r${settings.retries}-${settings.backoff}-1`;
  const found = (await deployments.processDefinitionsByKey(REPORT_PROCESS_KEY)).filter((d) => d.versionTag === tag).at(-1);
  if (found) return found.id;
  const deployed = await deployments.create({ name: REPORT_PROCESS_KEY, source: 'careflow-handovers', resources: [{ name: 'handover-report.bpmn', content: reportProcessXml(settings) }] });
  const definition = deployed.processDefinitions.find((d) => d.key === REPORT_PROCESS_KEY);
  if (!definition) throw new Error('the handover report process was not deployed');
  return definition.id;
}
