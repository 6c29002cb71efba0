import { carriesCode, lintC7Xml, type C7Finding } from '@careflow/modeler/dist/lint/c7';
import type { OperatonDeployments } from '../../../operaton/deployments';
import { engineParseProblems } from './engine-parse';
import { BPMN_RESOURCE, checkInput, decisionKeysOf, dmnCodeProblems } from './input-check';
import { said } from './messages';
import type { PublishCheckInput, PublishCheckResult, PublishProblem } from './types';

export type { PublishCheckInput, PublishCheckResult, PublishProblem } from './types';
export { BPMN_RESOURCE, MAX_MODEL_BYTES, MAX_DECISION_FILES, decisionFileProblems, decisionKeysOf } from './input-check';
export { engineMessageZh } from './messages';
export { SCRATCH_DEPLOYMENT } from './engine-parse';

const RANK = { error: 0, warn: 1, info: 2 };

function result(problems: PublishProblem[], engineChecked: boolean): PublishCheckResult {
  const sorted = problems.map((p, i) => ({ p, i })).sort((a, b) => RANK[a.p.severity] - RANK[b.p.severity] || a.i - b.i).map(({ p }) => p);
  return { problems: sorted, publishable: !sorted.some((p) => p.severity === 'error'), engineChecked };
}

const fromFinding = (f: C7Finding): PublishProblem => ({ elementId: f.elementId, message: f.messageZh, messageEn: f.message, severity: f.severity, source: 'rule', rule: f.rule });

/**
 * Everything that stands between a Camunda 7 (Operaton) model and publishing, in one round: the
 * input's size and form, the studio's lint rules (modeler/src/lint/c7, the same config), and the
 * engine's own parser run on a throw-away copy that is deployed suspended and deleted again. A model
 * that may carry code (scripts, Java, unsafe expressions, Operaton-namespace extensions, non-FEEL
 * decisions) is not sent to the engine at all: it could evaluate some expressions while deploying.
 * Nothing is left deployed. Throws an OperationalError when the engine does not answer.
 */
export async function checkForPublish(deployments: OperatonDeployments, input: PublishCheckInput): Promise<PublishCheckResult> {
  const decisions = input.decisions ?? [];
  const refused = checkInput(input.bpmnXml, decisions);
  if (refused.length > 0) return result(refused, false);
  const known = { ...input.known, decisionKeys: [...input.known.decisionKeys, ...decisionKeysOf(decisions)] };
  let findings: C7Finding[];
  try {
    findings = await lintC7Xml(input.bpmnXml, known);
  } catch (error) {
    // Well-formed BPMN that moddle still cannot read: say so rather than fail the request.
    const unreadable = said.unreadable(error instanceof Error ? error.message : String(error));
    return result([{ message: unreadable.zh, messageEn: unreadable.en, severity: 'error', source: 'model', resource: BPMN_RESOURCE }], false);
  }
  const problems = [...findings.map(fromFinding), ...dmnCodeProblems(decisions)];
  if (carriesCode(findings) || problems.some((p) => p.source === 'model')) {
    const notAsked = said.engineNotAsked();
    return result([...problems, { message: notAsked.zh, messageEn: notAsked.en, severity: 'info', source: 'engine' }], false);
  }
  const resources = decisions.map((d) => ({ name: d.name, content: d.xml }));
  const engine = await engineParseProblems(deployments, { name: BPMN_RESOURCE, content: input.bpmnXml }, resources);
  return result([...problems, ...engine], true);
}
