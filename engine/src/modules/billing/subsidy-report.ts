import { DataSource, In } from 'typeorm';
import { AreaEntity } from '../areas/entities';
import { AreaService } from '../areas/service';
import { PublicUser } from '../identity/entities';
import { linesInScope, sumsBy, sumsOf } from './line-scope';
import { BillingMonths } from './months';

/**
 * 补贴报表: a month's amount, subsidy and the elders' share by the elder's area, by their subsidy
 * category and by item, over the lines of elders in the reader's area scope. Area and category are
 * the elder's as filed now (a line does not keep them).
 */
export class SubsidyReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly months: BillingMonths,
  ) {}

  async of(month: string, user: PublicUser) {
    const scope = await this.areas.scopeOf(user);
    /** The figures grouped by keys (alias: expression), with extra aggregates (alias: expression). */
    const grouped = async (keys: Record<string, string>, extra: Record<string, string> = {}) => {
      const qb = sumsBy(linesInScope(this.dataSource, scope).andWhere('l.month = :month', { month }), keys).addSelect('COUNT(DISTINCT l.elderId)', 'elders');
      Object.entries(extra).forEach(([alias, expression]) => qb.addSelect(expression, alias));
      return (await qb.getRawMany<Record<string, unknown>>()).map((raw) => ({ raw, figures: { ...sumsOf(raw), elders: Number(raw.elders ?? 0) } }));
    };
    const [totals] = await grouped({});
    const byArea = await grouped({ areaCode: 'e.areaCode' });
    const names = await this.areaNames(byArea.map(({ raw }) => String(raw.areaCode)));
    const byCategory = await grouped({ category: 'e.subsidyCategory' });
    // An item renamed within the month shows one of its names.
    const byItem = await grouped({ itemCode: 'l.itemCode' }, { itemName: 'MAX(l.itemName)' });
    return {
      report: {
        month,
        closed: await this.months.isClosed(month),
        scoped: scope !== null,
        byArea: byArea
          .map(({ raw, figures }) => ({ areaCode: String(raw.areaCode), ...(names.get(String(raw.areaCode)) ?? { areaName: String(raw.areaCode), areaPath: String(raw.areaCode) }), ...figures }))
          .sort((a, b) => a.areaPath.localeCompare(b.areaPath, 'zh-CN')),
        // Elders without a category last.
        byCategory: byCategory.map(({ raw, figures }) => ({ category: raw.category === null ? null : String(raw.category), ...figures })).sort((a, b) => (a.category ?? '~').localeCompare(b.category ?? '~')),
        byItem: byItem.map(({ raw, figures }) => ({ itemCode: String(raw.itemCode), itemName: String(raw.itemName), ...figures })).sort((a, b) => b.amount - a.amount || a.itemCode.localeCompare(b.itemCode)),
        totals: totals.figures,
      },
    };
  }

  /** Each area's name and its path of names from the city down (济南市 / 历下区 / …). */
  private async areaNames(codes: string[]): Promise<Map<string, { areaName: string; areaPath: string }>> {
    const areas = this.dataSource.getRepository(AreaEntity);
    const found = codes.length > 0 ? await areas.findBy({ code: In(codes) }) : [];
    const ancestors = [...new Set(found.flatMap((a) => a.path.split('/').filter(Boolean)))];
    const all = ancestors.length > 0 ? await areas.find({ select: { code: true, name: true }, where: { code: In(ancestors) } }) : [];
    const nameOf = (code: string) => all.find((a) => a.code === code)?.name ?? code;
    return new Map(found.map((a) => [a.code, { areaName: a.name, areaPath: a.path.split('/').filter(Boolean).map(nameOf).join(' / ') }]));
  }
}
