import crypto from 'node:crypto';
import { CARE_PLAN_ACTIONS, CarePlanView, carePlanBody } from '@careflow/contracts';
import { DataSource, Not } from 'typeorm';
import { z } from 'zod';
import { asRow } from '../../db/columns';
import { AppError, errors } from '../../http/errors';
import { Logger } from '../../logger';
import { Actor, AuditLog } from '../audit/service';
import { CalendarService } from '../calendar/service';
import { localDay } from '../calendar/working-days';
import { UNFINISHED } from '../cases/operaton/deps';
import { CaseService } from '../cases/service';
import { ElderService } from '../elders/service';
import { PublicUser } from '../identity/entities';
import { HolidayCalendar, holidayCalendarOf } from '../periodic-needs/schedule';
import { checkElderFits, checkFields } from './checks';
import { CarePlan, CarePlanEntity } from './entities';
import { changedFields, naturalKey } from './natural-key';
import { planViews } from './views';

type Action = (typeof CARE_PLAN_ACTIONS)[number];
const NEXT_STATUS: Record<Action, { from: CarePlan['status'][]; to: CarePlan['status'] }> = {
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  end: { from: ['active', 'paused'], to: 'ended' },
};

/** Why a running care case was canceled, on its timeline: its plan paused or ended (zh-CN, as the desk reads it). */
export const STOP_REASONS = { paused: '关怀计划已暂停', ended: '关怀计划已结束' } as const;

/** 关怀计划 of the elders a user's area scope covers: kept, shown with their next days and latest occurrences, paused, resumed and ended. */
export class CarePlans {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly elders: ElderService,
    private readonly calendar: CalendarService,
    private readonly cases: CaseService,
    private readonly timeZone: string,
    private readonly logger: Logger,
  ) {}

  async create(body: z.output<typeof carePlanBody>, user: PublicUser, actor: Actor): Promise<CarePlanView> {
    await this.check(body, user);
    return this.insert(body, user, actor);
  }

  /** What create and import both hold a plan to: the elder in the user's scope and fit for it, the fields together. */
  private async check(body: z.output<typeof carePlanBody>, user: PublicUser): Promise<void> {
    const elder = await this.elders.visible(body.elderId, user).catch(() => {
      throw errors.invalidInput([{ path: 'elderId', message: `no elder file ${body.elderId} in your area scope` }]);
    });
    await checkFields(this.dataSource, body);
    checkElderFits(elder, body.owner);
  }

  private async insert(body: z.output<typeof carePlanBody>, user: PublicUser, actor: Actor): Promise<CarePlanView> {
    const now = new Date();
    const plan: CarePlan = { id: crypto.randomUUID(), ...body, status: 'active', statusReason: null, ruleId: null, ruleElder: null, createdBy: user.id, createdAt: now, updatedAt: now };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CarePlanEntity).insert(asRow(plan));
      await this.audit.record(actor, { action: 'care_plan.create', entityType: 'care_plan', entityId: plan.id, after: { ...plan } }, m);
    });
    return (await this.views([plan]))[0];
  }

  /**
   * For imports: the elder's standing plan (not ended) with the body's natural key (elder, kind,
   * channel, schedule) is the row's plan — left as it is when nothing else differs, else changed —;
   * without one a new plan is made. The create route's checks apply either way.
   * `keepStartsOn`: the row named no first day, so a standing plan keeps its own.
   */
  async upsertByKey(body: z.output<typeof carePlanBody>, keepStartsOn: boolean, user: PublicUser, actor: Actor): Promise<{ plan: CarePlanView; outcome: 'created' | 'updated' | 'unchanged' }> {
    await this.check(body, user);
    const standing = await this.dataSource.getRepository(CarePlanEntity).find({ where: { elderId: body.elderId, kind: body.kind, channel: body.channel, status: Not('ended') }, order: { createdAt: 'ASC' } });
    const before = standing.find((p) => naturalKey(p) === naturalKey(body));
    if (!before) return { plan: await this.insert(body, user, actor), outcome: 'created' };
    const incoming = { ...body, startsOn: keepStartsOn ? before.startsOn : body.startsOn };
    const changed = changedFields(before, incoming);
    if (!changed.length) return { plan: (await this.views([before]))[0], outcome: 'unchanged' };
    const patch: Partial<CarePlan> = { ...Object.fromEntries(changed.map((f) => [f, incoming[f]])), updatedAt: new Date() };
    const after: CarePlan = { ...before, ...patch };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CarePlanEntity).update({ id: before.id }, asRow<CarePlan>(patch));
      await this.audit.record(actor, { action: 'care_plan.update', entityType: 'care_plan', entityId: before.id, before: Object.fromEntries(changed.map((f) => [f, before[f]])), after: patch }, m);
    });
    return { plan: (await this.views([after]))[0], outcome: 'updated' };
  }

  async ofElder(elderId: string, user: PublicUser): Promise<CarePlanView[]> {
    await this.elders.visible(elderId, user);
    return this.views(await this.dataSource.getRepository(CarePlanEntity).find({ where: { elderId }, order: { createdAt: 'DESC' } }));
  }

  /** Pausing or ending a plan also cancels its case still running: no retry, no relatives' call follows. */
  async act(id: string, action: Action, user: PublicUser, actor: Actor): Promise<CarePlanView> {
    const plan = await this.dataSource.getRepository(CarePlanEntity).findOneBy({ id });
    if (!plan || !(await this.elders.visible(plan.elderId, user).catch(() => undefined))) throw errors.notFound(`Care plan ${id}`);
    const step = NEXT_STATUS[action];
    if (!step.from.includes(plan.status)) throw errors.conflict(`A ${plan.status} care plan cannot ${action}`);
    const changed: CarePlan = { ...plan, status: step.to, updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      // Guarded by the status read: two clicks at once change it once.
      const { affected } = await m.getRepository(CarePlanEntity).update({ id, status: plan.status }, { status: step.to, updatedAt: changed.updatedAt });
      if (!affected) throw errors.conflict('The care plan changed meanwhile');
      await this.audit.record(actor, { action: `care_plan.${action}`, entityType: 'care_plan', entityId: id, before: { status: plan.status }, after: { status: step.to } }, m);
    });
    if (changed.status !== 'active') await this.stopRunning([id], STOP_REASONS[changed.status], user, actor);
    return (await this.views([changed]))[0];
  }

  /** Ends a plan by itself (its elder died or moved away), with the reason on the plan and in the audit trail; its running case is canceled with it. */
  async endBySystem(plan: Pick<CarePlan, 'id' | 'status'>, reason: string, user: PublicUser, actor: Actor): Promise<void> {
    const ended = await this.dataSource.transaction(async (m) => {
      // The rule's hold on the elder goes: should they be served again, the rule gives them a new plan.
      const { affected } = await m.getRepository(CarePlanEntity).update({ id: plan.id, status: plan.status }, { status: 'ended', statusReason: reason, ruleElder: null, updatedAt: new Date() });
      if (affected) await this.audit.record(actor, { action: 'care_plan.end', entityType: 'care_plan', entityId: plan.id, before: { status: plan.status }, after: { status: 'ended', reason } }, m);
      return !!affected;
    });
    if (ended) await this.stopRunning([plan.id], reason, user, actor);
  }

  /**
   * Cancels the cases the plans' occurrences opened that still run. A case that ended meanwhile is
   * left as it ended; one the engine could not cancel now is canceled by the next pass of the opener.
   */
  async stopRunning(planIds: string[], reason: string, user: PublicUser, actor: Actor): Promise<void> {
    const running: { caseId: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('o.case_id', 'caseId')
      .from('care_plan_occurrences', 'o')
      .innerJoin('cases', 'c', 'c.id = o.case_id')
      .where('o.plan_id IN (:...planIds)', { planIds })
      .andWhere("o.outcome = 'pending'")
      .andWhere('c.status IN (:...unfinished)', { unfinished: [...UNFINISHED] })
      .getRawMany();
    for (const { caseId } of running) {
      await this.cases.cancel(caseId, reason, user, actor).catch((error: unknown) => {
        if (!(error instanceof AppError && error.status === 409)) this.logger.warn({ err: error, caseId }, 'care case not canceled; the next pass tries again');
      });
    }
  }

  /** The business calendar as the schedule reads it. */
  async holidayCalendar(): Promise<HolidayCalendar> {
    return holidayCalendarOf(await this.calendar.workingDays());
  }

  today(now = new Date()): string {
    return localDay(now, this.timeZone).date;
  }

  async views(plans: CarePlan[]): Promise<CarePlanView[]> {
    if (!plans.length) return [];
    return planViews(this.dataSource, plans, await this.holidayCalendar(), this.today());
  }
}
