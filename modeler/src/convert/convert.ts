import { layoutProcess } from 'bpmn-auto-layout';
import { convertElement } from './elements';
import { CAMUNDA_NS, createModdle, Element, MODELER_NS, prefixesOf, prefixOf, ZEEBE_NS } from './model';
import { Change, Problem, Report } from './report';

export interface ConversionOptions {
  /** camunda:historyTimeToLive for executable processes without one (Operaton refuses a deployment without). */
  historyTimeToLive?: string;
  /**
   * The outputs each connector topic declares (e.g. careflow:call:1 → call). A Zeebe job's results reach
   * the process by themselves; on Operaton a connector's outputs stay on its task unless output
   * parameters carry them, so a task without output mappings gets one per declared output.
   */
  connectorOutputs?: Record<string, string[]>;
}

export interface ConversionResult {
  xml: string;
  changes: Change[];
  notCarried: Problem[];
  review: Problem[];
}

/** A file that is not well-formed XML or not BPMN: nothing is produced. */
export class BpmnImportError extends Error {
  constructor(
    readonly template: string,
    readonly params: Record<string, string> = {},
  ) {
    super(template.replace(/{([^}]+)}/g, (_, k: string) => params[k] ?? ''));
    this.name = 'BpmnImportError';
  }
}

/** The Camunda Platform 7 version Operaton 1.0 matches, for the modeler's execution platform. */
export const OPERATON_PLATFORM_VERSION = '7.23.0';
export const DEFAULT_HISTORY_TIME_TO_LIVE = 'P180D';

async function read(xml: string) {
  try {
    const parsed = await createModdle().fromXML(xml);
    const warnings = parsed.warnings as { message: string }[];
    const fatal = warnings.find((w) => /unparsable content/.test(w.message));
    if (fatal) throw new BpmnImportError('The file is not well-formed XML: {detail}', { detail: fatal.message.split('\n')[0] });
    return parsed as unknown as { rootElement: Element; elementsById: Record<string, Element> };
  } catch (error) {
    if (error instanceof BpmnImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/as <bpmn:Definitions>/.test(message)) throw new BpmnImportError('The file is not a BPMN 2.0 diagram (its root is not bpmn:definitions)');
    throw new BpmnImportError('The file is not well-formed XML: {detail}', { detail: message.split('\n')[0] });
  }
}

/** True when anything in the file is in the Zeebe namespace or it says it is for Camunda 8. */
function isCamunda8(definitions: Element, elements: Element[], zeebe: Set<string>): boolean {
  if (zeebe.size > 0) return true;
  const platform = Object.entries(definitions.$attrs).find(([k]) => k.endsWith(':executionPlatform'))?.[1];
  return platform === 'Camunda Cloud' || elements.some((e) => Object.keys(e.$attrs).some((k) => prefixOf(k) === 'zeebe'));
}

const hasDiagram = (definitions: Element) => ((definitions.get('diagrams') as Element[] | undefined) ?? []).some((d) => d.get('plane'));

/**
 * Converts a Camunda 8 (Zeebe) BPMN file to Camunda 7 / Operaton (camunda: namespace) and says what it
 * changed, what it could not carry and what an analyst must look at. A Camunda 7 file passes through
 * unchanged; a file without diagram data is laid out. Malformed XML or not BPMN throws BpmnImportError.
 */
export async function convertFromCamunda8(xml: string, options: ConversionOptions = {}): Promise<ConversionResult> {
  const { rootElement: definitions, elementsById } = await read(xml);
  const report = new Report();
  const elements = [...new Set(Object.values(elementsById))].filter((e) => e.$type.startsWith('bpmn:'));
  const zeebe = prefixesOf(definitions, ZEEBE_NS);
  if (!isCamunda8(definitions, elements, zeebe)) {
    if (hasDiagram(definitions)) return { xml, changes: [], notCarried: [], review: [] };
    report.change('', 'layout');
    return { xml: await layoutProcess(xml), ...lists(report) };
  }
  zeebe.add('zeebe');
  const moddle = createModdle();
  for (const element of elements) convertElement(moddle, report, element, zeebe, options.connectorOutputs ?? {});
  for (const process of elements.filter((e) => e.$instanceOf('bpmn:Process') && e.get('isExecutable'))) {
    if (process.get('camunda:historyTimeToLive')) continue;
    const ttl = options.historyTimeToLive ?? DEFAULT_HISTORY_TIME_TO_LIVE;
    process.set('camunda:historyTimeToLive', ttl);
    report.change(process.id ?? '', 'ttl', { ttl });
  }
  finishDefinitions(definitions, report, zeebe);
  let converted = (await moddle.toXML(definitions as never, { format: true })).xml;
  if (!hasDiagram(definitions)) {
    converted = await layoutProcess(converted);
    report.change('', 'layout');
  }
  return { xml: converted, ...lists(report) };
}

function finishDefinitions(definitions: Element, report: Report, zeebe: Set<string>): void {
  for (const prefix of zeebe) delete definitions.$attrs[`xmlns:${prefix}`];
  definitions.$attrs['xmlns:camunda'] = CAMUNDA_NS;
  const modeler = [...prefixesOf(definitions, MODELER_NS)][0];
  if (modeler) {
    definitions.$attrs[`${modeler}:executionPlatform`] = 'Camunda Platform';
    definitions.$attrs[`${modeler}:executionPlatformVersion`] = OPERATON_PLATFORM_VERSION;
    report.change(definitions.id ?? '', 'platform', { version: OPERATON_PLATFORM_VERSION });
  }
}

const lists = (report: Report) => ({ changes: report.changes, notCarried: report.notCarried, review: report.review });
