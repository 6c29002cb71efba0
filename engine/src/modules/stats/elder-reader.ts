import { AGE_BANDS, type AgeBand, type ElderKpis, type ElderReportAnswer, type ElderReportGroup, type ElderReportQuery } from '@careflow/contracts';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { daySpan } from '../../local-time';
import { withinScope } from '../areas/scope';
import type { AreaService } from '../areas/service';
import type { DictionaryService } from '../dictionaries/service';
import { ElderEntity, StatusChangeEntity } from '../elders/entities';
import type { PublicUser } from '../identity/entities';
import { groupLabels } from './group-labels';
import { ratio } from './rollup-read';

type Figure = Exclude<keyof ElderKpis, 'servedRate'>;
const FIGURES: Figure[] = ['registered', 'served', 'added', 'moved', 'deceased'];
/** What each group reads off the elder's file; age and area are folded into bands and levels after. */
const KEYS: Record<ElderReportGroup, string> = { category: "COALESCE(e.subsidyCategory, '')", living: "COALESCE(e.livingSituation, '')", area: 'e.areaPath', ageBand: 'SUBSTR(e.birthDate, 1, 4)' };
const DICTIONARIES = { category: 'subsidy_category', living: 'living_situation' } as const;
const BAND_LABELS: Record<AgeBand, string> = { under60: '60岁以下', from60: '60-69岁', from70: '70-79岁', from80: '80-89岁', from90: '90岁及以上' };
const NONE = '（未登记）';

export function ageBandOf(birthYear: number, atYear: number): AgeBand {
  const age = atYear - birthYear;
  return age < 60 ? 'under60' : age < 70 ? 'from60' : age < 80 ? 'from70' : age < 90 ? 'from80' : 'from90';
}

/** An area path cut to `depth` levels (/3701/370102/… at depth 2 is /3701/370102/); a shallower path stays itself. */
export function areaAt(path: string, depth: number): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length <= depth ? path : `/${parts.slice(0, depth).join('/')}/`;
}

/**
 * 老人统计: the registry and the elders the hotline served, by subsidy category, area, living
 * situation or age band. Grouped reads on the elders (by area path) and, for the period, on the
 * distinct elders of the cases by opening time and on status changes: one row per group comes
 * back, never one per elder.
 */
export class ElderStats {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly dictionaries: DictionaryService,
    private readonly timeZone: string,
  ) {}

  async report(query: ElderReportQuery, user: PublicUser): Promise<ElderReportAnswer> {
    const scope = await this.areas.scopeOf(user);
    const area = query.areaCode ? await this.areas.get(query.areaCode) : null;
    const span = daySpan(query.from, query.to, this.timeZone);
    const key = KEYS[query.groupBy];
    const filtered = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) => {
      if (area) qb.andWhere(`e.areaPath LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(area.path) });
      return withinScope(qb, scope, 'e.areaPath');
    };
    const base = () => filtered(this.dataSource.getRepository(ElderEntity).createQueryBuilder('e').select(key, 'k').groupBy(key));
    const read = async (count: string, extend: (qb: ReturnType<typeof base>) => unknown) => {
      const qb = base().addSelect(count, 'n');
      extend(qb);
      return qb.getRawMany<{ k: string | null; n: string | number }>();
    };
    // Each elder once from the period's cases (ix_cases_opened_elder alone), then their files. Driven
    // from that set: MariaDB otherwise scans every file and probes the set, 3-4× slower (bench
    // case-report). A LEFT JOIN keeps that order; COUNT(e.id) leaves out an elder no longer on file.
    const served = () =>
      filtered(
        this.dataSource
          .createQueryBuilder()
          .select(key, 'k')
          .addSelect('COUNT(e.id)', 'n')
          .from((cases) => cases.select('DISTINCT c.elder_id', 'elder_id').from('cases', 'c').where('c.opened_at >= :since AND c.opened_at < :until AND c.elder_id IS NOT NULL'), 'd')
          .leftJoin(ElderEntity.options.name, 'e', 'e.id = d.elder_id')
          .setParameters(span)
          .groupBy(key),
      ).getRawMany<{ k: string | null; n: string | number }>();
    const changed = (status: string) => read('COUNT(DISTINCT s.elderId)', (qb) => qb.innerJoin(StatusChangeEntity.options.name, 's', 's.elderId = e.id AND s.status = :status AND s.at >= :since AND s.at < :until', { status, ...span }));
    const counted = await Promise.all([
      read('COUNT(*)', (qb) => qb.andWhere("e.status = 'active'")),
      served(),
      read('COUNT(*)', (qb) => qb.andWhere('e.createdAt >= :since AND e.createdAt < :until', span)),
      changed('moved'),
      changed('deceased'),
    ]);

    const fold = this.folder(query.groupBy, area?.path ?? null, Number(query.to.slice(0, 4)));
    const groups = new Map<string, Record<Figure, number>>();
    counted.forEach((rows, i) => {
      for (const r of rows) {
        // The served read's elders no longer on file count 0 (see served): no group of their own.
        if (Number(r.n) === 0) continue;
        const k = fold(String(r.k ?? ''));
        const sums = groups.get(k) ?? { registered: 0, served: 0, added: 0, moved: 0, deceased: 0 };
        sums[FIGURES[i]] += Number(r.n);
        groups.set(k, sums);
      }
    });
    const labels = await this.labels(query.groupBy, [...groups.keys()]);
    const order = (k: string) => (query.groupBy === 'ageBand' ? String(AGE_BANDS.indexOf(k as AgeBand)) : k === '' ? '\uffff' : k);
    const rows = [...groups.entries()].sort(([a], [b]) => order(a).localeCompare(order(b))).map(([k, sums]) => ({ key: k, label: labels.get(k) ?? k, ...kpis(sums) }));
    const total = Object.fromEntries(FIGURES.map((f) => [f, rows.reduce((n, r) => n + r[f], 0)])) as Record<Figure, number>;
    return { total: kpis(total), rows };
  }

  /** Turns a raw key into its group: a birth year into its band, an area path into the area one level below the filter's. */
  private folder(group: ElderReportGroup, areaPath: string | null, atYear: number): (raw: string) => string {
    if (group === 'ageBand') return (raw) => (/^\d{4}$/.test(raw) ? ageBandOf(Number(raw), atYear) : '');
    if (group === 'area') {
      const depth = areaPath ? areaPath.split('/').filter(Boolean).length + 1 : 2;
      return (raw) => (raw ? areaAt(raw, depth) : '');
    }
    return (raw) => raw;
  }

  private async labels(group: ElderReportGroup, keys: string[]): Promise<Map<string, string>> {
    if (group === 'ageBand') return new Map([...Object.entries(BAND_LABELS), ['', NONE]]);
    if (group === 'area') return groupLabels(this.dataSource, 'area', keys);
    const dictionary = await this.dictionaries.get(DICTIONARIES[group]).catch(() => null);
    return new Map([...(dictionary?.options ?? []).map((o) => [o.code, o.label] as [string, string]), ['', NONE]]);
  }
}

const kpis = (s: Record<Figure, number>): ElderKpis => ({ ...s, servedRate: ratio(s.served, s.registered) });
