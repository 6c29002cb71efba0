import crypto from 'node:crypto';
import { monthlyReportFigures, type MonthlyReport, type MonthlyReportDetail, type MonthlyReportInput, type MonthlyReportList, type MonthlyReportTrigger } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { errors } from '../../http/errors';
import { inScope, withinScope } from '../areas/scope';
import type { AreaService } from '../areas/service';
import { monthIn } from '../billing/months';
import type { PublicUser } from '../identity/entities';
import { MonthlyReportEntity, type MonthlyReportRow } from './entities';
import { monthlyFigures, type StatsReaders } from './figures';

/** At most this many reports are listed (newest first): twenty years of one a month, and the areas' own. */
const LIST_LIMIT = 500;

const view = (row: MonthlyReportRow): MonthlyReport => ({ id: row.id, month: row.month, areaCode: row.areaCode, areaName: row.areaName, trigger: row.trigger, generatedAt: row.generatedAt, generatedBy: row.generatedByName });

/** The archive (报告归档): reports generated on demand or on the 1st, each with its figures frozen. */
export class MonthlyReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readers: StatsReaders,
    private readonly areas: AreaService,
    private readonly timeZone: string,
  ) {}

  /**
   * A report of `month` (up to the current one: the figures so far) for the whole bureau or an area.
   * A user limited to areas names one within their scope: the archive shows each report to whoever
   * may see its area.
   */
  async generate(input: MonthlyReportInput, user: PublicUser, trigger: MonthlyReportTrigger = 'on_demand', id: string = crypto.randomUUID(), now = new Date()): Promise<MonthlyReport> {
    if (input.month > monthIn(this.timeZone, now)) throw errors.invalidInput([{ path: 'month', message: 'the month has not begun' }]);
    const scope = await this.areas.scopeOf(user);
    const area = input.areaCode ? await this.areas.find(input.areaCode) : null;
    if (input.areaCode && (!area || !inScope(scope, area.path))) throw errors.invalidInput([{ path: 'areaCode', message: `no area ${input.areaCode} within your area scope` }]);
    if (!area && scope !== null) throw errors.invalidInput([{ path: 'areaCode', message: 'choose an area within your area scope' }]);
    const figures = await monthlyFigures(this.readers, input.month, input.areaCode, user);
    const row: MonthlyReportRow = {
      id,
      month: input.month,
      areaCode: area?.code ?? null,
      areaPath: area?.path ?? '',
      areaName: area?.name ?? null,
      trigger,
      generatedAt: now,
      generatedById: trigger === 'on_demand' ? user.id : null,
      generatedByName: trigger === 'on_demand' ? user.displayName : null,
      figures: JSON.stringify(figures),
    };
    await this.dataSource.getRepository(MonthlyReportEntity).insert(row);
    return view(row);
  }

  /** The reports whose area the user may see, newest month first, then newest generated. */
  async list(user: PublicUser): Promise<MonthlyReportList> {
    const scope = await this.areas.scopeOf(user);
    const qb = this.dataSource.getRepository(MonthlyReportEntity).createQueryBuilder('r').select(['r.id', 'r.month', 'r.areaCode', 'r.areaName', 'r.trigger', 'r.generatedAt', 'r.generatedByName']);
    const rows = await withinScope(qb, scope, 'r.area_path').orderBy('r.month', 'DESC').addOrderBy('r.generated_at', 'DESC').take(LIST_LIMIT).getMany();
    return { items: rows.map(view) };
  }

  /** One report with its figures; a report outside the user's area scope is "not found". */
  async get(id: string, user: PublicUser): Promise<MonthlyReportDetail> {
    const row = await this.dataSource.getRepository(MonthlyReportEntity).findOneBy({ id });
    if (!row || !inScope(await this.areas.scopeOf(user), row.areaPath || null)) throw errors.notFound(`Monthly report ${id}`);
    return { ...view(row), figures: monthlyReportFigures.parse(JSON.parse(row.figures)) };
  }

  /** The scheduled report of `month` for the whole bureau, unless one was made (by this node or another): true when this call made it. */
  async generateScheduled(month: string, bureau: PublicUser, now: Date): Promise<boolean> {
    const id = `scheduled-${month}`;
    if (await this.dataSource.getRepository(MonthlyReportEntity).existsBy({ id })) return false;
    try {
      await this.generate({ month }, bureau, 'scheduled', id, now);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
