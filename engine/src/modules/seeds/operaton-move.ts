import { connectors, jobType } from '@careflow/connectors';
import { convertFromCamunda8 } from '@careflow/modeler/dist/convert';
import { DataSource } from 'typeorm';
import { AppError } from '../../http/errors';
import { Actor } from '../audit/service';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from '../service-types/entities';
import { ServiceTypeService } from '../service-types/service';
import { ServiceTypeSeed } from './files';

/** Who the version history and audit log name for a version moved to Operaton. */
export const MOVE_ACTOR: Actor & { id: string } = { id: 'careflow-engine-move', username: 'careflow-engine-move', ip: null };

/** What each connector's topic gives back, for the import to carry on to the process as Camunda 8 did. */
const CONNECTOR_OUTPUTS = Object.fromEntries(connectors.map((d) => [jobType(d), Object.keys(d.output ?? {})]));

/** A Camunda 8 definition key is a number; an Operaton definition id is `key:version:uuid`. */
const onCamunda8 = (processDefinitionKey: string | null) => processDefinitionKey !== null && /^\d+$/.test(processDefinitionKey);

export type MoveOutcome =
  | { key: string; outcome: 'moved'; fromVersion: number; version: number; review: number }
  | { key: string; outcome: 'refused'; fromVersion: number; message: string };

/**
 * An installation that ran its cases on Camunda 8 (CareFlow before Operaton) has service types whose
 * published version has nothing on Operaton to start its cases. Each such version is published again
 * on Operaton as a new version: a shipped type that is still the seed's own gets the shipped model, any
 * other model goes through the Camunda 8 import (the studio's, so the result is what an analyst
 * would get). A model the publish check refuses stays as it was and is reported, so an analyst
 * republishes it from the studio. Safe to run on every start: a moved type is skipped.
 */
export async function moveServiceTypesToOperaton(dataSource: DataSource, serviceTypes: ServiceTypeService, seeds: ServiceTypeSeed[], seedActorId: string): Promise<MoveOutcome[]> {
  const published = await dataSource.getRepository(ServiceTypeEntity).find({ order: { key: 'ASC' } });
  const versions = dataSource.getRepository(ServiceTypeVersionEntity);
  const outcomes: MoveOutcome[] = [];
  for (const type of published) {
    if (type.publishedVersion === null) continue;
    const current = await versions.findOneBy({ typeKey: type.key, version: type.publishedVersion });
    if (!current || !onCamunda8(current.processDefinitionKey)) continue;
    const seed = seeds.find((s) => s.spec.key === type.key);
    const shipped = seed && current.createdBy === seedActorId ? seed.bpmnXml : undefined;
    try {
      const converted = shipped ? { xml: shipped, review: [] } : await convertFromCamunda8(current.bpmnXml, { connectorOutputs: CONNECTOR_OUTPUTS });
      // A move that was cut short left its converted draft: publish that one instead of another copy.
      const latest = await versions.findOne({ where: { typeKey: type.key }, order: { version: 'DESC' } });
      const draft = latest && latest.createdBy === MOVE_ACTOR.id && latest.bpmnXml === converted.xml ? latest : undefined;
      const version = draft?.version ?? (await serviceTypes.addVersion(type.key, { bpmnXml: converted.xml, settings: current.settings }, MOVE_ACTOR)).version;
      await serviceTypes.publish(type.key, version, MOVE_ACTOR);
      outcomes.push({ key: type.key, outcome: 'moved', fromVersion: current.version, version, review: converted.review.length });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ key: type.key, outcome: 'refused', fromVersion: current.version, message: error.message });
    }
  }
  return outcomes;
}
