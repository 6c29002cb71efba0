import crypto from 'node:crypto';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { retryingTransaction } from '../../db/retry';
import { errors, OperationalError } from '../../http/errors';
import { Variables } from '../../operaton/json';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser } from '../identity/entities';
import { LiveEvents } from '../../live/events';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from '../service-types/entities';
import { PublishedVersions } from '../service-types/published-versions';
import { TaskEntity } from '../tasks/entities';
import { taskView } from '../tasks/view';
import { dayInZone, nextCaseNumber } from './case-number';
import { AreaService } from '../areas/service';
import { inScope } from '../areas/scope';
import { CalendarService } from '../calendar/service';
import { communityWorkerOf, relativesToCall } from '../elders/contacts';
import { Elder, RelativeEntity } from '../elders/entities';
import { ElderService } from '../elders/service';
import { dueTime } from './due-time';
import { caseListQuery, CaseFilter } from './case-query';
import { peopleOf, withStepNames } from './case-view';
import { CallerIdentityEntity, keepCaller, requireCallerReader, withholdCaller } from './caller-identity';
import { Case, CaseEntity } from './entities';
import { CaseTimeline } from './timeline';
import { CaseProcessStart } from './operaton/entities';
import { enqueueStart, StartClaim } from './operaton/starts';
import { processVariables, VersionDefaults } from './process-variables';
import type { OperatonRuntime } from '../../kernel/operaton';

export interface OpenCase {
  serviceType: string;
  channel: string;
  elderId?: string;
  priority?: string;
  variables: Variables;
}

/** How the engine itself opens a case (an alarm from the switch): who may start it is not asked, and the caller hears of the case before its process starts. */
export interface OpenOptions {
  /** Opened by the system on an inbound event: the service type's startRoles do not apply. */
  system?: boolean;
  /** Writes that must commit with the case, in its transaction: the screen pop a repeat of the alarm finds the case by, even if this node dies next. */
  withCase?: (m: EntityManager, created: Case) => Promise<void>;
  /** Called once the case row and number exist, before its process is started (the screen pop goes out here). */
  recorded?: (created: Case) => Promise<void>;
}

/** Work done in the transaction that records a new case (the figures count it): it commits with the case or not at all. */
export type OpenHook = (m: EntityManager, created: Case) => Promise<void>;

/** Cases: one per process instance, opened by CareFlow, with a human number and a timeline. */
export class CaseService {
  private readonly cases: Repository<Case>;
  private readonly openHooks: OpenHook[] = [];
  private readonly versionDefaults = new VersionDefaults();
  private readonly publishedVersions: PublishedVersions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditLog,
    private readonly numbering: { timeZone: string; numberPrefix: string },
    private readonly live: LiveEvents,
    private readonly calendar: CalendarService,
    private readonly elders: ElderService,
    private readonly areas: AreaService,
    private readonly operaton: OperatonRuntime,
  ) {
    this.cases = dataSource.getRepository(CaseEntity);
    this.publishedVersions = new PublishedVersions(dataSource);
  }

  /** Adds work to every open's transaction (modules register at start). */
  onOpened(hook: OpenHook): void {
    this.openHooks.push(hook);
  }

  /** Takes a number, records the case, then starts its process on the published version. */
  async open(input: OpenCase, user: PublicUser, actor: Actor, options: OpenOptions = {}): Promise<Case> {
    const type = await this.dataSource.getRepository(ServiceTypeEntity).findOneBy({ key: input.serviceType });
    if (!type) throw errors.invalidInput([{ path: 'serviceType', message: `unknown service type ${input.serviceType}` }]);
    const version = await this.publishedVersions.of(type);
    const { settings } = version;
    if (!settings.channels.includes(input.channel as never)) {
      throw errors.invalidInput([{ path: 'channel', message: `${type.key} is not taken by channel ${input.channel} (only ${settings.channels.join(', ')})` }]);
    }
    if (!options.system && !user.roles.some((role) => settings.startRoles.includes(role))) throw errors.forbidden(`Your role may not open ${type.key} cases`);

    const elder = input.elderId ? await this.elders.visible(input.elderId, user).catch(() => undefined) : undefined;
    if (input.elderId && !elder) throw errors.invalidInput([{ path: 'elderId', message: `no elder file ${input.elderId} in your area scope` }]);
    const openedAt = new Date();
    const dueAt = dueTime(openedAt, settings.sla, await this.calendar.workingDays());
    const contacts = elder ? await this.elderContacts(elder) : {};
    const claim = this.operaton.lifecycle.newClaim();
    const { variables: intake, caller } = withholdCaller(input.variables);
    // The first cases of a day race to insert its counter: a deadlock victim (MySQL) opens again.
    const created = await retryingTransaction(this.dataSource, async (m) => {
      const row: Case = {
        id: crypto.randomUUID(),
        caseNumber: await nextCaseNumber(m, this.numbering.numberPrefix, dayInZone(openedAt, this.numbering.timeZone)),
        serviceTypeKey: type.key,
        serviceTypeVersion: version.version,
        processInstanceKey: null,
        channel: input.channel,
        elderId: input.elderId ?? null,
        areaPath: elder?.areaPath ?? null,
        priority: input.priority ?? settings.priority,
        status: 'opening',
        openedBy: user.id,
        openedAt,
        dueAt,
        closedAt: null,
        satisfaction: null,
        firstContactResolved: null,
        cancelReason: null,
        confidential: caller !== undefined,
      };
      await m.getRepository(CaseEntity).insert(row);
      await this.timeline.record(row.id, 'case.opened', actor, { serviceType: type.key, version: version.version, channel: row.channel }, m);
      // Audited with the case itself: an accepted case is never without its entry, even if this node dies now.
      await this.audit.record(actor, { action: 'case.open', entityType: 'case', entityId: row.id, after: { ...row } }, m);
      // The start is recorded with the case (an accepted case is never without it), held by this node for its first try.
      if (caller) await keepCaller(m, row.id, caller, user.id);
      const variables = processVariables(row, intake, elder, contacts, this.versionDefaults.of(version));
      const start = await enqueueStart(m, { caseId: row.id, caseNumber: row.caseNumber, definitionKey: version.bpmnProcessId ?? '', definitionId: version.processDefinitionKey, variables }, openedAt, claim);
      await options.withCase?.(m, row);
      for (const hook of this.openHooks) await hook(m, row);
      return { row, start };
    });
    await options.recorded?.(created.row);
    return this.start(created.row, created.start, claim);
  }

  async list(filter: CaseFilter, user: PublicUser): Promise<{ cases: Case[]; total: number }> {
    const [cases, total] = await caseListQuery(this.dataSource, filter, await this.areas.scopeOf(user)).getManyAndCount();
    return { cases, total };
  }

  /** A case with its timeline, its tasks and its process: the BPMN it runs and where it is now. */
  async get(id: string, user: PublicUser) {
    const found = await this.find(id, user);
    // The process's own milestones come from the engine's history.
    const [{ timeline, processHistory }, tasks, version] = await Promise.all([
      this.operaton.caseTimeline.list(id),
      this.dataSource.getRepository(TaskEntity).find({ where: { caseId: id }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(ServiceTypeVersionEntity).findOneBy({ typeKey: found.serviceTypeKey, version: found.serviceTypeVersion }),
    ]);
    const activeElementIds = [...new Set(tasks.filter((t) => t.status === 'created').map((t) => t.elementId))];
    const people = await peopleOf(this.dataSource, timeline, tasks, found.openedBy);
    const named = withStepNames(timeline, version?.bpmnXml ?? null);
    return { case: found, timeline: named, processHistory, tasks: tasks.map(taskView), process: { bpmnXml: version?.bpmnXml ?? null, activeElementIds }, people };
  }

  /** The deployed diagram and where the case is; the version's own BPMN, unmarked, before the process starts or while the engine is not reached. */
  async diagram(id: string, user: PublicUser) {
    const found = await this.find(id, user);
    let processHistory: 'included' | 'unavailable' = 'included';
    try {
      const state = await this.operaton.caseTimeline.diagram(found.caseNumber);
      if (state) return { ...state, processHistory };
    } catch (error) {
      if (!(error instanceof OperationalError)) throw error;
      processHistory = 'unavailable';
    }
    const version = await this.dataSource.getRepository(ServiceTypeVersionEntity).findOneBy({ typeKey: found.serviceTypeKey, version: found.serviceTypeVersion });
    return { bpmnXml: version?.bpmnXml ?? null, active: [], completed: [], incidents: [], processHistory };
  }

  /**
   * Tries the start at once. An engine that cannot take it now leaves the case accepted and
   * opening: the starter loop starts it, exactly once, as soon as the engine answers.
   */
  private async start(accepted: Case, start: CaseProcessStart, claim: StartClaim): Promise<Case> {
    const attempt = await this.operaton.lifecycle.startEnqueued(start, claim, accepted);
    // The case as the start left it; read again when the start did not record it (pending, ended at once, canceled meanwhile).
    const opened = attempt.opened ?? (await this.cases.findOneByOrFail({ id: start.caseId }));
    if (opened.status === 'opening') this.live.emit({ type: 'case.updated', caseId: opened.id, status: 'opening', change: 'case.opened', areaPath: opened.areaPath });
    return opened;
  }

  /** A case the user's area scope covers; others are not found. */
  async find(id: string, user: PublicUser): Promise<Case> {
    const found = await this.cases.findOneBy({ id });
    if (!found || (found.areaPath !== null && !inScope(await this.areas.scopeOf(user), found.areaPath))) throw errors.notFound(`Case ${id}`);
    return found;
  }

  /** A confidential case's caller, for the agent who took it and auditors; every read is audited. */
  async caller(id: string, user: PublicUser, actor: Actor): Promise<{ name: string | null; phone: string | null }> {
    const found = await this.find(id, user);
    if (!found.confidential) throw errors.notFound(`A confidential caller of case ${found.caseNumber}`);
    requireCallerReader(found, user);
    const kept = await this.dataSource.getRepository(CallerIdentityEntity).findOneByOrFail({ caseId: id });
    await this.audit.record(actor, { action: 'case.caller_read', entityType: 'case', entityId: id, after: { caseNumber: found.caseNumber } });
    return { name: kept.name, phone: kept.phone };
  }

  /** 催办, 督办 and comments: timeline entries on an open case. */
  async note(id: string, type: 'case.urged' | 'case.supervised' | 'case.comment', text: string, user: PublicUser, actor: Actor): Promise<void> {
    const found = await this.find(id, user);
    if (type !== 'case.comment' && found.status !== 'open') throw errors.conflict(`Case ${found.caseNumber} is ${found.status}`);
    await this.dataSource.transaction(async (m) => {
      await this.timeline.record(id, type, actor, { text }, m);
      await this.audit.record(actor, { action: type, entityType: 'case', entityId: id, after: { text } }, m);
    });
    this.live.emit({ type: 'case.updated', caseId: id, status: found.status, change: type, areaPath: found.areaPath });
  }

  /** The elder's name and first phone (a robot call asks them), relatives in call order (first phone each) and community worker, as process variables. */
  private async elderContacts(elder: Elder): Promise<Variables> {
    const relatives = await this.dataSource.getRepository(RelativeEntity).findBy({ elderId: elder.id });
    return { elderName: elder.name, elderPhone: elder.phones[0]?.number ?? null, elderRelatives: relativesToCall(relatives), communityWorker: communityWorkerOf(elder.communityWorker) };
  }

  /** Cancels the process instance, then the case and its open tasks, with the reason. */
  async cancel(id: string, reason: string, user: PublicUser, actor: Actor): Promise<Case> {
    await this.find(id, user);
    // A case still opening (its start pending) is canceled too: nothing of it runs, or ever will.
    await this.operaton.lifecycle.cancel(id, reason, actor);
    return this.cases.findOneByOrFail({ id });
  }
}
