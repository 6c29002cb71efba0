import { connectors, jobType } from '@careflow/connectors';
import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { OperatonDeployments } from '../../operaton/deployments';
import { OperatonRest, ProcessEngineRejection } from '../../operaton/rest';
import { FormEntity } from '../forms/entities';
import type { DeployedProcess } from './entities';
import { checkForPublish, type PublishCheckInput, type PublishProblem } from './publish-check';
import { engineMessageZh } from './publish-check/messages';

/** What a model may refer to: form keys, connector topics, process keys, decision keys. */
export type KnownReferences = PublishCheckInput['known'];

export interface OperatonDeployOptions {
  /** Overrides what deploy gathers itself (a service type passes its own topics and callable processes). */
  known?: Partial<KnownReferences>;
  /** Problems the caller found itself (a process id of another service type): reported with the check's. */
  problems?: PublishProblem[];
  /** The 422's message when the model is refused. */
  rejectedMessage?: string;
}

const keysOf = (definitions: { key: string }[]) => [...new Set(definitions.map((d) => d.key))].sort();

/**
 * What a model deployed on its own may refer to: the forms library, every connector CareFlow ships
 * (as the engine's workers run them; no worker serves the case-event topic on Operaton, where the
 * case timeline comes from the engine's history), and what the engine itself can call or evaluate.
 */
export async function gatherKnownReferences(dataSource: DataSource, rest: OperatonRest, given: Partial<KnownReferences> = {}): Promise<KnownReferences> {
  const formKeys = given.formKeys ?? (await dataSource.getRepository(FormEntity).find({ select: { key: true } })).map((f) => f.key);
  const topics = given.topics ?? connectors.map(jobType);
  const processKeys = given.processKeys ?? keysOf(await rest.get<{ key: string }[]>('/process-definition', { latestVersion: true }));
  const decisionKeys = given.decisionKeys ?? keysOf(await rest.get<{ key: string }[]>('/decision-definition', { latestVersion: true }));
  return { formKeys, topics, processKeys, decisionKeys };
}

/**
 * Checks a model the way the studio's publish does (input, lint rules, the engine's own parser on a
 * scratch copy) and deploys it only when nothing is an error. A refused model is a 422 carrying every
 * problem found (zh-CN per element) and leaves nothing deployed. An engine that does not answer
 * throws the OperationalError the REST client made.
 */
export async function deployToOperaton(
  dataSource: DataSource,
  rest: OperatonRest,
  input: { resourceName: string; xml: string },
  options: OperatonDeployOptions = {},
): Promise<{ deploymentKey: string; processes: DeployedProcess[] }> {
  const deployments = new OperatonDeployments(rest);
  const known = await gatherKnownReferences(dataSource, rest, options.known);
  const check = await checkForPublish(deployments, { bpmnXml: input.xml, known });
  const problems = [...(options.problems ?? []), ...check.problems];
  const rejectedMessage = options.rejectedMessage ?? 'The model cannot be published on the process engine';
  if (problems.some((p) => p.severity === 'error')) throw errors.rejectedModel(rejectedMessage, problems);
  let deployment;
  try {
    deployment = await deployments.create({ name: input.resourceName.replace(/\.bpmn$/, ''), source: 'careflow', resources: [{ name: input.resourceName, content: input.xml }] });
  } catch (error) {
    // The scratch copy passed, so this is rare (a clash with what changed meanwhile): still the model's fault.
    if (!(error instanceof ProcessEngineRejection)) throw error;
    const refused: PublishProblem = { message: engineMessageZh(error.message), messageEn: error.message, severity: 'error', source: 'engine' };
    throw errors.rejectedModel(rejectedMessage, [refused]);
  }
  const processes = deployment.processDefinitions.map((d) => ({ bpmnProcessId: d.key, version: d.version, processDefinitionKey: d.id }));
  return { deploymentKey: deployment.id, processes };
}
