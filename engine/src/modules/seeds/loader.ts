import { SEED_ACTOR_ID } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../http/errors';
import { Logger } from '../../logger';
import { Actor } from '../audit/service';
import { readDmnFile } from '../decisions/dmn-file';
import { DecisionService } from '../decisions/service';
import { FormService } from '../forms/service';
import { UserService } from '../identity/users-service';
import { ServiceItemService } from '../providers/items';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from '../service-types/entities';
import { ServiceTypeService } from '../service-types/service';
import { readSeed, ServiceTypeSeed, SHIPPED_SERVICE_TYPES } from './files';
import { moveServiceTypesToOperaton } from './operaton-move';

/** Who the audit log and version history name for what the seed made. */
export const SEED_ACTOR: Actor & { id: string } = { id: SEED_ACTOR_ID, username: SEED_ACTOR_ID, ip: null };

export type SeedOutcome = 'published' | 'present' | 'left_to_analysts';

// Already there, or another engine seeding at the same moment: the services answer 409 either way.
const isConflict = (error: unknown) => error instanceof AppError && error.status === 409;

export interface SeedDeps {
  dataSource: DataSource;
  serviceTypes: ServiceTypeService;
  forms: FormService;
  users: UserService;
  items: ServiceItemService;
  decisions: DecisionService;
}

/**
 * Loads a shipped service type through the same services the studio uses (lint and deploy
 * included), only when the type is missing: once it exists, analysts own it and it is never
 * overwritten. A type the seed created but could not publish (the process engine down) is
 * published on the next run. Two engines starting together: the second one's create is a conflict and it stops.
 */
export async function seedServiceType(deps: SeedDeps, seed: ServiceTypeSeed): Promise<SeedOutcome> {
  const { spec } = seed;
  const types = deps.dataSource.getRepository(ServiceTypeEntity);
  let existing = await types.findOneBy({ key: spec.key });
  if (existing && existing.publishedVersion !== null) return 'present';
  if (!existing) {
    for (const group of spec.groups) await deps.users.createGroup(group, SEED_ACTOR).catch(ignoreConflict);
    for (const item of spec.serviceItems) await deps.items.create(item, SEED_ACTOR).catch(ignoreConflict);
    for (const form of seed.forms) await deps.forms.create(form, SEED_ACTOR).catch(ignoreConflict);
    try {
      existing = await deps.serviceTypes.create({ key: spec.key, names: spec.names, category: spec.category, icon: spec.icon, intakeFormKey: spec.intakeFormKey }, SEED_ACTOR);
    } catch (error) {
      if (isConflict(error)) return 'present';
      throw error;
    }
  }
  const versions = await deps.dataSource.getRepository(ServiceTypeVersionEntity).find({ where: { typeKey: spec.key }, order: { version: 'DESC' } });
  // An analyst saved a version of the unpublished type: theirs to publish.
  if (versions.some((v) => v.createdBy !== SEED_ACTOR.id)) return 'left_to_analysts';
  // Its decision tables first: the process's publish check wants what it calls deployed.
  for (const decision of seed.decisions) await seedDecision(deps.decisions, decision.xml);
  const { bpmnXml } = seed;
  // The seed's own draft is published again; an older one (a Camunda 8 model from before the move to Operaton) is not.
  const draft = versions[0]?.bpmnXml === bpmnXml ? versions[0] : undefined;
  const version = draft?.version ?? (await deps.serviceTypes.addVersion(spec.key, { bpmnXml, settings: spec.settings }, SEED_ACTOR)).version;
  await deps.serviceTypes.publish(spec.key, version, SEED_ACTOR);
  return 'published';
}

/** A shipped decision table, created and published when missing; once an analyst saved a version, it is theirs. */
async function seedDecision(decisions: DecisionService, xml: string): Promise<void> {
  // A broken shipped table is a programming error: create() below refuses it with its problems.
  const key = readDmnFile(xml).file?.key ?? '';
  const { versions, published } = await decisions.state(key);
  if (published || versions.some((v) => v.createdBy !== SEED_ACTOR.id)) return;
  const draft = versions[0] ?? (await decisions.create(xml, SEED_ACTOR).catch(async (error: unknown) => {
    if (!isConflict(error)) throw error;
    return undefined;
  }));
  if (draft) await decisions.publish(key, draft.version, SEED_ACTOR).catch(ignoreConflict);
}

function ignoreConflict(error: unknown): void {
  if (!isConflict(error)) throw error;
}

/**
 * Seeds every shipped service type, after moving types still published on Camunda 8 to Operaton;
 * failures are logged and retried every `retryMs` until all are in.
 */
export function startSeeding(
  deps: SeedDeps,
  logger: Logger,
  { retryMs = 30_000, seeds = () => SHIPPED_SERVICE_TYPES.map((name) => readSeed(name)) }: { retryMs?: number; seeds?: () => ServiceTypeSeed[] } = {},
): { ready: Promise<boolean>; close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const attempt = async (): Promise<boolean> => {
    let ok = true;
    const shipped = seeds();
    try {
      for (const moved of await moveServiceTypesToOperaton(deps.dataSource, deps.serviceTypes, shipped, SEED_ACTOR.id)) {
        if (moved.outcome === 'moved') logger.info(moved, 'service type published again on Operaton (it was published on Camunda 8)');
        else logger.warn(moved, 'service type published on Camunda 8 could not be published on Operaton: republish it from the studio');
      }
    } catch (error) {
      ok = false;
      logger.error({ err: error, retryInMs: retryMs }, 'could not move service types to Operaton; retrying');
    }
    for (const seed of shipped) {
      const serviceType = seed.spec.key;
      try {
        const outcome = await seedServiceType(deps, seed);
        if (outcome !== 'present') logger.info({ serviceType, outcome }, 'shipped service type seeded');
      } catch (error) {
        ok = false;
        logger.error({ err: error, serviceType, retryInMs: retryMs }, 'could not seed a shipped service type; retrying');
      }
    }
    if (!ok && !closed) timer = setTimeout(() => void attempt(), retryMs);
    return ok;
  };
  return {
    ready: attempt(),
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
    },
  };
}
