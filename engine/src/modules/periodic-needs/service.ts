import crypto from 'node:crypto';
import { NEED_ACTIONS, PeriodicNeedView, periodicNeedBody } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { z } from 'zod';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { CalendarService } from '../calendar/service';
import { localDay } from '../calendar/working-days';
import { CaseEntity } from '../cases/entities';
import { ElderService } from '../elders/service';
import { PublicUser } from '../identity/entities';
import { ServiceItemEntity } from '../providers/entities';
import { NeedOccurrenceEntity, PeriodicNeed, PeriodicNeedEntity } from './entities';
import { addDays, HolidayCalendar, holidayCalendarOf, occurrencesBetween } from './schedule';

/** The service type a periodic need opens: household help, the only one with standing needs. */
export const NEED_SERVICE_TYPE = 'household-help';

type Action = (typeof NEED_ACTIONS)[number];
const NEXT_STATUS: Record<Action, { from: PeriodicNeed['status'][]; to: PeriodicNeed['status'] }> = {
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  end: { from: ['active', 'paused'], to: 'ended' },
};

/** 周期性需求 of the elders a user's area scope covers: kept, shown with their next days, paused, resumed and ended. */
export class PeriodicNeeds {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly elders: ElderService,
    private readonly calendar: CalendarService,
    private readonly timeZone: string,
  ) {}

  async create(body: z.output<typeof periodicNeedBody>, user: PublicUser, actor: Actor): Promise<PeriodicNeedView> {
    await this.elders.visible(body.elderId, user).catch(() => {
      throw errors.invalidInput([{ path: 'elderId', message: `no elder file ${body.elderId} in your area scope` }]);
    });
    const codes = [...new Set(body.items.map((i) => i.code))];
    const known = await this.dataSource.getRepository(ServiceItemEntity).findBy({ code: In(codes), active: true });
    const unknown = codes.filter((c) => !known.some((k) => k.code === c));
    if (unknown.length) throw errors.invalidInput(unknown.map((c) => ({ path: 'items', message: `unknown service item ${c}` })));
    const now = new Date();
    const need: PeriodicNeed = { id: crypto.randomUUID(), ...body, serviceType: NEED_SERVICE_TYPE, status: 'active', createdBy: user.id, createdAt: now, updatedAt: now };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(PeriodicNeedEntity).insert(asRow(need));
      await this.audit.record(actor, { action: 'periodic_need.create', entityType: 'periodic_need', entityId: need.id, after: { ...need } }, m);
    });
    return (await this.views([need]))[0];
  }

  async ofElder(elderId: string, user: PublicUser): Promise<PeriodicNeedView[]> {
    await this.elders.visible(elderId, user);
    return this.views(await this.dataSource.getRepository(PeriodicNeedEntity).find({ where: { elderId }, order: { createdAt: 'DESC' } }));
  }

  async act(id: string, action: Action, user: PublicUser, actor: Actor): Promise<PeriodicNeedView> {
    const need = await this.dataSource.getRepository(PeriodicNeedEntity).findOneBy({ id });
    if (!need || !(await this.elders.visible(need.elderId, user).catch(() => undefined))) throw errors.notFound(`Periodic need ${id}`);
    const step = NEXT_STATUS[action];
    if (!step.from.includes(need.status)) throw errors.conflict(`A ${need.status} need cannot ${action}`);
    const changed = { ...need, status: step.to, updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      // Guarded by the status read: two clicks at once change it once.
      const { affected } = await m.getRepository(PeriodicNeedEntity).update({ id, status: need.status }, { status: step.to, updatedAt: changed.updatedAt });
      if (!affected) throw errors.conflict(`The need changed meanwhile`);
      await this.audit.record(actor, { action: `periodic_need.${action}`, entityType: 'periodic_need', entityId: id, before: { status: need.status }, after: { status: step.to } }, m);
    });
    return (await this.views([changed]))[0];
  }

  /** Ends a need by itself (its elder died or moved away), with the reason in the audit trail. */
  async endBySystem(need: PeriodicNeed, reason: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { affected } = await m.getRepository(PeriodicNeedEntity).update({ id: need.id, status: need.status }, { status: 'ended', updatedAt: new Date() });
      if (affected) await this.audit.record(actor, { action: 'periodic_need.end', entityType: 'periodic_need', entityId: need.id, before: { status: need.status }, after: { status: 'ended', reason } }, m);
    });
  }

  /** The business calendar as the schedule reads it. */
  async holidayCalendar(): Promise<HolidayCalendar> {
    return holidayCalendarOf(await this.calendar.workingDays());
  }

  today(now = new Date()): string {
    return localDay(now, this.timeZone).date;
  }

  private async views(needs: PeriodicNeed[]): Promise<PeriodicNeedView[]> {
    if (!needs.length) return [];
    const calendar = await this.holidayCalendar();
    const today = this.today();
    const occurrences = await this.dataSource.getRepository(NeedOccurrenceEntity).find({ where: { needId: In(needs.map((n) => n.id)) }, order: { scheduledOn: 'DESC' } });
    const caseIds = occurrences.map((o) => o.caseId);
    const cases = caseIds.length ? await this.dataSource.getRepository(CaseEntity).find({ select: { id: true, caseNumber: true }, where: { id: In(caseIds) } }) : [];
    return needs.map((need) => {
      const done = new Set(occurrences.filter((o) => o.needId === need.id).map((o) => o.scheduledOn));
      const next = need.status !== 'active' ? [] : occurrencesBetween(need, addDays(today, -14), addDays(today, 400), calendar).filter((o) => o.serviceOn >= today && !done.has(o.scheduledOn)).slice(0, 3);
      return {
        ...need,
        next: next.map((o) => o.serviceOn),
        occurrences: occurrences
          .filter((o) => o.needId === need.id)
          .slice(0, 20)
          .map((o) => ({ scheduledOn: o.scheduledOn, serviceOn: o.serviceOn, caseId: o.caseId, caseNumber: cases.find((c) => c.id === o.caseId)?.caseNumber ?? null })),
      };
    });
  }
}
