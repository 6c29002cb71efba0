import { XMLParser } from 'fast-xml-parser';
import { checkBpmnXml } from '../bpmn-check';
import { engineMessageZh, said, type Said } from './messages';
import { scanXml } from './xml-scan';
import type { PublishProblem } from './types';

/** A BPMN or DMN file larger than this is refused before anything parses it (the shipped models are under 100 KB). */
export const MAX_MODEL_BYTES = 2 * 1024 * 1024;
export const MAX_DECISION_FILES = 20;
/** The resource name the BPMN model is deployed under (DMN files keep theirs). */
export const BPMN_RESOURCE = 'model.bpmn';
const DMN_NAMESPACES = ['http://www.omg.org/spec/DMN/20151101/dmn.xsd', 'http://www.omg.org/spec/DMN/20180521/MODEL/', 'https://www.omg.org/spec/DMN/20191111/MODEL/', 'https://www.omg.org/spec/DMN/20230324/MODEL/'];
const RESOURCE_NAME = /^[\w.-]{1,100}\.dmn$/;

const problem = (message: Said, resource?: string): PublishProblem => ({ message: message.zh, messageEn: message.en, severity: 'error', source: 'model', resource });

/** The XML check's own finding (malformed, DOCTYPE, not BPMN) as a problem. */
const fromXmlCheck = (en: string, resource: string): PublishProblem => ({ message: engineMessageZh(en), messageEn: en, severity: 'error', source: 'model', resource });

/** A DMN file's structure: XML as for BPMN, DMN definitions at the root. */
function checkDmn(name: string, xml: string): PublishProblem[] {
  const malformed = checkBpmnXml(xml).filter((p) => !p.message.startsWith('Not a BPMN'));
  if (malformed.length > 0) return malformed.map((p) => fromXmlCheck(p.message, name));
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Record<string, Record<string, unknown>>;
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?')) ?? '';
  const prefix = rootName.includes(':') ? rootName.split(':')[0] : undefined;
  const namespace = doc[rootName]?.[prefix ? `@xmlns:${prefix}` : '@xmlns'];
  return rootName.split(':').pop() !== 'definitions' || !DMN_NAMESPACES.includes(String(namespace)) ? [problem(said.notDmn(name), name)] : [];
}

/** FEEL is evaluated by the engine's FEEL interpreter (external Java functions off); JUEL, scripts and anything else may run code. */
export function dmnCodeProblems(decisions: { name: string; xml: string }[]): PublishProblem[] {
  return decisions.flatMap(({ name, xml }) => {
    const languages = scanXml(xml).tags.flatMap((t) => t.attributes.filter((a) => a.name.split(':').pop() === 'expressionLanguage').map((a) => a.value));
    return [...new Set(languages)].filter((l) => !/feel/i.test(l) || /juel/i.test(l)).map((l) => problem(said.dmnLanguage(name, l), name));
  });
}

/** Everything that stops a check before any rule runs: sizes, names, XML, DOCTYPE, the kind of model. */
export function checkInput(bpmnXml: string, decisions: { name: string; xml: string }[]): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const bpmnBytes = Buffer.byteLength(bpmnXml, 'utf8');
  if (bpmnBytes > MAX_MODEL_BYTES) problems.push(problem(said.tooLarge('The BPMN model', bpmnBytes, MAX_MODEL_BYTES)));
  else problems.push(...checkBpmnXml(bpmnXml).map((p) => fromXmlCheck(p.message, BPMN_RESOURCE)));
  if (decisions.length > MAX_DECISION_FILES) return [...problems, problem(said.tooManyDecisions(decisions.length, MAX_DECISION_FILES))];
  const names = new Set<string>();
  for (const { name, xml } of decisions) {
    const bytes = Buffer.byteLength(xml, 'utf8');
    if (!RESOURCE_NAME.test(name) || name === BPMN_RESOURCE || names.has(name)) problems.push(problem(said.badResourceName(name)));
    else if (bytes > MAX_MODEL_BYTES) problems.push(problem(said.tooLarge(name, bytes, MAX_MODEL_BYTES), name));
    else problems.push(...checkDmn(name, xml));
    names.add(name);
  }
  return problems;
}

/** The decision keys a version's DMN files define (decision ids). */
export function decisionKeysOf(decisions: { xml: string }[]): string[] {
  return decisions.flatMap(({ xml }) => scanXml(xml).tags.filter((t) => t.localName === 'decision').flatMap((t) => t.attributes.filter((a) => a.name === 'id').map((a) => a.value)));
}

/** One decision file on its own (a decision table published apart from any process): size, XML, DMN root, FEEL only. */
export function decisionFileProblems(name: string, xml: string): PublishProblem[] {
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > MAX_MODEL_BYTES) return [problem(said.tooLarge(name, bytes, MAX_MODEL_BYTES), name)];
  const structure = checkDmn(name, xml);
  return structure.length > 0 ? structure : dmnCodeProblems([{ name, xml }]);
}
