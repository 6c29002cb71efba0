import crypto from 'node:crypto';
import { DataSource, In, LessThanOrEqual, Not } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { DatedPass } from '../../kernel/passes';
import { Logger } from '../../logger';
import { Actor } from '../audit/service';
import { CaseService } from '../cases/service';
import { ElderEntity } from '../elders/entities';
import { ensureConnectorUser } from '../connector-runtime/service-user';
import { CONNECTOR_USERNAME, PublicUser, publicUser, UserEntity } from '../identity/entities';
import { NeedOccurrenceEntity, PeriodicNeed, PeriodicNeedEntity } from './entities';
import { addDays, Occurrence, occurrencesBetween } from './schedule';
import { PeriodicNeeds } from './service';

/** A holiday shift moves a day on by at most this much: occurrences scheduled this far back may still be due. */
const SHIFT_REACH_DAYS = 14;

/**
 * Opens each periodic need's orders when they fall due (leadDays before the service day): one
 * household case per need and scheduled day. The occurrence row commits in the case's own
 * transaction under a unique key, so a day opens exactly one case whatever restarts, retries or
 * other engines on the same database do; the case's process starts exactly once (the starter loop).
 * Days already past are not opened late: an order for yesterday's cleaning helps nobody.
 */
export class NeedOpener extends DatedPass {
  private user: PublicUser | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: PeriodicNeeds,
    private readonly cases: CaseService,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** Returns how many cases it opened. */
  protected async pass(now: Date): Promise<number> {
    const today = this.needs.today(now);
    const active = await this.stillServed(await this.dataSource.getRepository(PeriodicNeedEntity).findBy({ status: 'active', startsOn: LessThanOrEqual(addDays(today, 7)) }));
    if (!active.length) return 0;
    const calendar = await this.needs.holidayCalendar();
    const opened = await this.dataSource.getRepository(NeedOccurrenceEntity).find({ select: { needId: true, scheduledOn: true }, where: { needId: In(active.map((n) => n.id)), scheduledOn: In(this.daysAround(today)) } });
    const taken = new Set(opened.map((o) => `${o.needId}/${o.scheduledOn}`));
    let count = 0;
    for (const need of active) {
      const due = occurrencesBetween(need, addDays(today, -SHIFT_REACH_DAYS), addDays(today, need.leadDays), calendar).filter(
        (o) => o.serviceOn >= today && o.serviceOn <= addDays(today, need.leadDays) && !taken.has(`${need.id}/${o.scheduledOn}`),
      );
      for (const occurrence of due) if (await this.open(need, occurrence)) count += 1;
    }
    return count;
  }

  /** The needs whose elder is still served; an elder who died or moved away ends theirs. */
  private async stillServed(needs: PeriodicNeed[]): Promise<PeriodicNeed[]> {
    if (!needs.length) return needs;
    const gone = await this.dataSource.getRepository(ElderEntity).find({ select: { id: true, status: true }, where: { id: In([...new Set(needs.map((n) => n.elderId))]), status: Not('active') } });
    for (const need of needs) {
      const elder = gone.find((e) => e.id === need.elderId);
      if (elder) await this.needs.endBySystem(need, `elder ${elder.status}`, (await this.system()).actor);
    }
    return needs.filter((n) => !gone.some((e) => e.id === n.elderId));
  }

  private daysAround(today: string): string[] {
    return Array.from({ length: SHIFT_REACH_DAYS + 9 }, (_, i) => addDays(today, i - SHIFT_REACH_DAYS));
  }

  private async open(need: PeriodicNeed, occurrence: Occurrence): Promise<boolean> {
    const { user, actor } = await this.system();
    const variables = {
      items: need.items,
      wishFrom: `${occurrence.serviceOn} ${need.windowFrom}:00`,
      wishTo: `${occurrence.serviceOn} ${need.windowTo}:00`,
      serviceAddress: need.serviceAddress,
      accessNotes: need.accessNotes,
      periodicNeedId: need.id,
      scheduledOn: occurrence.scheduledOn,
    };
    try {
      await this.cases.open({ serviceType: need.serviceType, channel: 'plan', elderId: need.elderId, variables }, user, actor, {
        system: true,
        withCase: async (m, created) => {
          await m.getRepository(NeedOccurrenceEntity).insert({ id: crypto.randomUUID(), needId: need.id, ...occurrence, caseId: created.id, createdAt: new Date() });
        },
      });
      return true;
    } catch (error) {
      // Another engine opened this day first: its case stands, ours was never committed.
      if (isUniqueViolation(error)) return false;
      this.logger.warn({ err: error, needId: need.id, scheduledOn: occurrence.scheduledOn }, 'periodic need not opened; tried again on the next pass');
      return false;
    }
  }

  private async system(): Promise<{ user: PublicUser; actor: Actor }> {
    if (!this.user) {
      await ensureConnectorUser(this.dataSource);
      this.user = publicUser(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ username: CONNECTOR_USERNAME }), []);
    }
    return { user: this.user, actor: { id: this.user.id, username: 'periodic-need', ip: null } };
  }
}
