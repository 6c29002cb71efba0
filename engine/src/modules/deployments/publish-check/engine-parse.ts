import { randomBytes } from 'node:crypto';
import { ProcessEngineRejection } from '../../../operaton/rest';
import type { DeploymentResource, OperatonDeployments } from '../../../operaton/deployments';
import { engineMessageZh } from './messages';
import { scratchCopy, type ScratchCopy } from './scratch-copy';
import type { PublishProblem } from './types';
import { decodeXml, elementAt, scanXml } from './xml-scan';

/** The deployment name of every scratch copy, so a copy left by a crash can be found and removed. */
export const SCRATCH_DEPLOYMENT = 'careflow-publish-check';
/** A scratch copy older than this was left behind by a check that died: the next check removes it. */
const STALE_MS = 10 * 60 * 1000;

interface ParseError {
  message: string;
  line?: number;
  column?: number;
  mainElementId?: string | null;
  elementIds?: string[];
}
type ParseDetails = Record<string, { errors?: ParseError[]; warnings?: ParseError[] }>;

/** Scratch copies activate (never, in practice) in this year; each at its own random moment, by which its job is found. */
const ACTIVATION_YEAR = { from: new Date(Date.UTC(2999, 0, 1)), to: new Date(Date.UTC(3000, 0, 1)) };

function activationTime(): Date {
  return new Date(ACTIVATION_YEAR.from.getTime() + randomBytes(4).readUInt32BE() * 7);
}

function fromParseException(details: ParseDetails, copy: ScratchCopy): PublishProblem[] {
  const problems: PublishProblem[] = [];
  for (const [resource, { errors = [], warnings = [] }] of Object.entries(details)) {
    const content = copy.resources.find((r) => r.name === resource)?.content;
    const entries = [...errors.map((e) => [e, 'error'] as const), ...warnings.map((w) => [w, 'warn'] as const)];
    for (const [entry, severity] of entries) {
      const scratchId = entry.mainElementId ?? entry.elementIds?.[0] ?? (content && entry.line ? elementAt(content, entry.line, entry.column ?? 1) : undefined);
      const messageEn = copy.restore(entry.message);
      problems.push({
        elementId: scratchId ? copy.originalId(scratchId) : undefined,
        resource: resource.endsWith('.dmn') ? resource : undefined,
        message: engineMessageZh(messageEn, entry.line, entry.column),
        messageEn: entry.line ? `${messageEn} (line ${entry.line}, column ${entry.column})` : messageEn,
        severity,
        source: 'engine',
      });
    }
  }
  return problems;
}

/** Elements whose attribute or text holds exactly this expression (the engine names only the expression). */
function elementsHolding(expression: string, copy: ScratchCopy): string[] {
  const owners = new Set<string>();
  for (const { content } of copy.resources) {
    const { tags, texts } = scanXml(content);
    for (const tag of tags) if (tag.attributes.some((a) => decodeXml(a.value) === expression) && tag.ownerId) owners.add(tag.ownerId);
    for (const text of texts) if (text.value.trim() === expression && text.ownerId) owners.add(text.ownerId);
  }
  return [...owners].map(copy.originalId);
}

export function problemsFromRejection(rejection: ProcessEngineRejection, copy: ScratchCopy): PublishProblem[] {
  const details = (rejection.body as { details?: ParseDetails } | undefined)?.details;
  if (rejection.type === 'ParseException' && details && Object.keys(details).length > 0) return fromParseException(details, copy);
  // Anything else names one problem in its message, e.g. "ENGINE-01009 Error while parsing process. Error parsing '${a ==}': …".
  const messageEn = copy.restore(rejection.message.replace(/^ENGINE-\d+ (Error while parsing process\. )?/, ''));
  const expression = /Error parsing '(.*)': /s.exec(messageEn)?.[1];
  const owners = expression ? elementsHolding(expression, copy) : [];
  const resource = /resource '([^']+\.dmn)'/.exec(messageEn)?.[1];
  const problem: PublishProblem = { message: engineMessageZh(messageEn), messageEn, severity: 'error', source: 'engine', ...(resource ? { resource } : {}) };
  return owners.length > 0 ? owners.map((elementId) => ({ ...problem, elementId })) : [problem];
}

/**
 * Asks the engine to parse the model: deploys a scratch copy suspended (nothing can start it), then
 * deletes it with everything it made, whatever happened. Returns the engine's parse errors as
 * problems naming the model's elements; [] when it accepts the model. An engine that does not answer
 * throws (OperationalError): there is no partial answer.
 */
export async function engineParseProblems(deployments: OperatonDeployments, bpmn: DeploymentResource, decisions: DeploymentResource[]): Promise<PublishProblem[]> {
  await removeStaleCopies(deployments);
  const suffix = `check${randomBytes(5).toString('hex')}`;
  const copy = scratchCopy(bpmn, decisions, suffix);
  const activation = activationTime();
  let deploymentId: string | undefined;
  try {
    deploymentId = (await deployments.create({ name: SCRATCH_DEPLOYMENT, source: SCRATCH_DEPLOYMENT, resources: copy.resources, activationTime: activation })).id;
    return [];
  } catch (error) {
    if (error instanceof ProcessEngineRejection) return problemsFromRejection(error, copy);
    throw error;
  } finally {
    if (deploymentId) {
      await deployments.delete(deploymentId, { cascade: true });
      await deployments.deleteActivationJobs(activation);
    }
  }
}

/** Scratch copies a crashed check left behind (deployed long ago under the scratch name). */
async function removeStaleCopies(deployments: OperatonDeployments): Promise<void> {
  const stale = await deployments.list({ name: SCRATCH_DEPLOYMENT, before: new Date(Date.now() - STALE_MS) });
  if (stale.length === 0) return;
  for (const deployment of stale) await deployments.delete(deployment.id, { cascade: true });
  await deployments.deleteActivationJobs(ACTIVATION_YEAR.from, ACTIVATION_YEAR.to);
}
