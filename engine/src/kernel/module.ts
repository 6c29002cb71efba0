import type { AdapterSettings, ConnectorDescriptor, OutboundPolicy } from '@careflow/connectors';
import type { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import type { EngineConfig } from '../config';
import type { RouteSpec } from '../http/route';
import type { Logger } from '../logger';
import type { AudienceRules, LiveEvents } from '../live/events';
import type { AuditLog } from '../modules/audit/service';
import type { CaseTimeline } from '../modules/cases/timeline';
import type { ProcessEngineLink } from '../operaton/engine-info';
import type { OperatonRuntime } from './operaton';

/**
 * What every module may use: the engine's shared parts, built before any module starts. Each is
 * cross-cutting (every module audits, pushes live events, writes case timelines or runs processes);
 * a domain service belongs in a module and reaches others through `needs`.
 */
export interface Platform {
  config: EngineConfig;
  dataSource: DataSource;
  logger: Logger;
  /** The process engine (Operaton) that runs cases, embedded or external. */
  processEngine: ProcessEngineLink;
  audit: AuditLog;
  live: LiveEvents;
  /** The one allow-list every outbound call (webhooks, adapters) goes through. */
  outbound: OutboundPolicy;
  timeline: CaseTimeline;
  operaton: OperatonRuntime;
  /** The connectors this process runs (their external tasks are reported to case timelines); `settings` configures their adapters (unset: the local ones). */
  connectors: InProcessConnectors;
}

export interface InProcessConnectors {
  descriptors: ConnectorDescriptor[];
  maxTasksActive: number;
  /** The external-task long poll (asyncResponseTimeout), which bounds how long stopping waits. Default 10 s. */
  pollTimeoutMs?: number;
  /** How long stopping lets running connector tasks finish before it hands them back. Default 10 s. */
  stopGraceMs?: number;
  secretsFile?: string;
  settings?: AdapterSettings;
}

/** A loop a module runs while the engine is up: started in list order once the engine listens, stopped in reverse. */
export interface ModuleWorker {
  name: string;
  start(engine: { url: string }): void | Promise<void>;
  stop(): void | Promise<void>;
}

/** What a started module adds to the engine. */
export interface ModuleParts<Gives> {
  /** The services the modules that need this one receive. */
  gives: Gives;
  routes?: RouteSpec[];
  workers?: ModuleWorker[];
  /** Who may hear each live event this module emits (the same rules as reading it through the API). */
  audience?: AudienceRules;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModule = EngineModule<any, any>;
export type ModuleNeeds = Record<string, AnyModule>;
export type GivenBy<M> = M extends EngineModule<infer Gives, ModuleNeeds> ? Gives : never;
export type UsesOf<Needs extends ModuleNeeds> = { [K in keyof Needs]: GivenBy<Needs[K]> };

/**
 * One domain module: its tables, its schema steps, the modules it builds on, and `start`, which
 * builds its services and returns its routes, workers and live-event audience.
 */
export interface EngineModule<Gives, Needs extends ModuleNeeds> {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: EntitySchema<any>[];
  /** Run by timestamp across all modules, so a step may change a table an earlier module's step made. */
  migrations: (new () => MigrationInterface)[];
  needs: Needs;
  start(platform: Platform, uses: UsesOf<Needs>): ModuleParts<Gives> | Promise<ModuleParts<Gives>>;
}

/** Declares a module; `Gives` and `Needs` are inferred, so `start` receives its needs typed. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export function defineModule<Gives, Needs extends ModuleNeeds = {}>(module: EngineModule<Gives, Needs>): EngineModule<Gives, Needs> {
  return module;
}
