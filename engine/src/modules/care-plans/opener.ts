import crypto from 'node:crypto';
import type { CareCaseVariables } from '@careflow/contracts';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { DatedPass } from '../../kernel/passes';
import { Logger } from '../../logger';
import { CaseService } from '../cases/service';
import { Elder, ElderEntity } from '../elders/entities';
import { Occurrence } from '../periodic-needs/schedule';
import { CarePlan, CareOccurrenceEntity } from './entities';
import { dueCandidates } from './due';
import { renderMessage } from './message';
import { CareRules } from './rules';
import { CarePlans } from './service';
import { stopDeparted } from './stops';
import { SystemUser } from './system-user';
import { CareThrottle } from './throttle';
import { zonedInstant } from '../../local-time';
import { afterQuiet, CareTiming, dueAtOf, triesFrom } from './times';

/** The service type each occurrence opens a case of. */
export const CARE_SERVICE_TYPE = 'proactive-care';

/** A plan's occurrence on today, due now. */
interface Due {
  plan: CarePlan;
  occurrence: Occurrence;
  dueAt: Date;
}

/**
 * Opens each care plan's occurrence when it falls due (its window's start on the day, out of the
 * quiet hours): one 主动关怀 case per plan and scheduled day. The occurrence row commits in the
 * case's own transaction under a unique key, so a day opens exactly one case whatever restarts,
 * retries or other engines on the same database do. A day already past is not opened late (a care
 * call for yesterday helps nobody); one due earlier today is (the engine was down at the time).
 * Each pass first gives the rules' plans to elders who came to match, and ends the plans of
 * elders no longer served. The shared throttle (CareThrottle) caps the cases opened per minute:
 * those beyond it wait for a later pass the same day.
 */
export class CareOpener extends DatedPass {

  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: CarePlans,
    private readonly rules: CareRules,
    private readonly cases: CaseService,
    private readonly timing: CareTiming & { visitWithinHours: number },
    private readonly system: SystemUser,
    private readonly logger: Logger,
    private readonly throttle: CareThrottle,
    private readonly fullEveryMs = 0,
  ) {
    super();
  }

  /** What the last full pass found due and the throttle has not let open yet (lost on a restart: the next full pass finds it again). */
  private backlog: Due[] = [];
  private lastFull: number | null = null;

  /**
   * Returns how many cases it opened. A full pass (rules, departed elders, the day's candidates)
   * runs every `fullEveryMs` (always when 0); the passes between only open what the throttle held
   * back last time, so the limit is used each minute without reading every plan again.
   */
  protected async pass(now: Date): Promise<number> {
    const full = this.fullEveryMs === 0 || this.lastFull === null || now.getTime() - this.lastFull >= this.fullEveryMs || now.getTime() < this.lastFull;
    if (full) {
      this.backlog = await this.dueNow(now);
      this.lastFull = now.getTime();
    }
    return this.drain(now);
  }

  /** The day's occurrences due by `now` that have no case yet. */
  private async dueNow(now: Date): Promise<Due[]> {
    const today = this.plans.today(now);
    const { user, actor } = await this.system.get();
    await this.rules.applyAll(today, actor);
    await stopDeparted(this.dataSource, this.plans, user, actor);
    const calendar = await this.plans.holidayCalendar();
    const due: Due[] = [];
    for (const { plan, occurrence } of await dueCandidates(this.dataSource, today, calendar)) {
      const dueAt = dueAtOf(today, plan.windowFrom, this.timing);
      if (dueAt <= now) due.push({ plan, occurrence, dueAt });
    }
    if (!due.length) return [];
    // Rows of the days that may fall today: their due times are today, after the first of those days began.
    const since = zonedInstant(due.reduce((a, d) => (d.occurrence.scheduledOn < a ? d.occurrence.scheduledOn : a), today), '00:00', this.timing.timeZone);
    const opened = await this.dataSource.getRepository(CareOccurrenceEntity).find({ select: { planId: true, scheduledOn: true }, where: { dueAt: MoreThanOrEqual(since) } });
    const taken = new Set(opened.map((o) => `${o.planId}/${o.scheduledOn}`));
    return due.filter((d) => !taken.has(`${d.plan.id}/${d.occurrence.scheduledOn}`));
  }

  /** Opens the backlog's first occurrences, as many as the throttle allows now; the rest wait for the next pass. */
  private async drain(now: Date): Promise<number> {
    let budget = this.backlog.length ? await this.throttle.budget(now) : 0;
    let count = 0;
    while (budget > 0 && this.backlog.length) {
      // Another engine may have opened some meanwhile: the unique key turns those away.
      const batch = this.backlog.splice(0, Math.min(budget, 500));
      const elders = new Map((await this.dataSource.getRepository(ElderEntity).findBy({ id: In([...new Set(batch.map((d) => d.plan.elderId))]) })).map((e) => [e.id, e]));
      for (const d of batch) {
        const elder = elders.get(d.plan.elderId);
        if (elder?.status === 'active' && (await this.open(d, elder, now))) {
          count += 1;
          budget -= 1;
        }
      }
    }
    return count;
  }

  private async open({ plan, occurrence, dueAt }: Due, elder: Elder, now: Date): Promise<boolean> {
    const { user, actor } = await this.system.get();
    const id = crypto.randomUUID();
    const variables: CareCaseVariables = {
      carePlanId: plan.id,
      careOccurrenceId: id,
      careKind: plan.kind,
      careChannel: plan.channel,
      careMessage: renderMessage(plan, elder, occurrence.serviceOn),
      careTries: triesFrom(afterQuiet(now, this.timing), this.timing).map((t) => t.toISOString()),
      careGroup: plan.owner.kind === 'group' ? plan.owner.group : 'hotline',
      visitWithin: `PT${this.timing.visitWithinHours}H`,
      scheduledOn: occurrence.scheduledOn,
    };
    try {
      await this.cases.open({ serviceType: CARE_SERVICE_TYPE, channel: 'plan', elderId: plan.elderId, variables: { ...variables } }, user, actor, {
        system: true,
        withCase: async (m, created) => {
          await m.getRepository(CareOccurrenceEntity).insert({ id, planId: plan.id, scheduledOn: occurrence.scheduledOn, dueAt, caseId: created.id, outcome: 'pending', tries: 0, closedAt: null });
        },
      });
      return true;
    } catch (error) {
      // Another engine opened this day first: its case stands, ours was never committed.
      if (isUniqueViolation(error)) return false;
      this.logger.warn({ err: error, planId: plan.id, scheduledOn: occurrence.scheduledOn }, 'care occurrence not opened; tried again on the next pass');
      return false;
    }
  }
}
