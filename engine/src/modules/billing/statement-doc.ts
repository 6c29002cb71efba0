import { dateIn } from '../dispatches/rules';
import { LineView } from './charges';
import { Totals } from './subsidy';

/** What Statements.of answers. */
export interface StatementData {
  elder: { id: string; name: string; category: string | null };
  providers: { id: string; name: string }[];
  month: string;
  closed: boolean;
  lines: LineView[];
  totals: Totals;
}

/** One line of a statement as printed: money stays fen here, each format shows it its own way. */
export interface StatementRow {
  date: string;
  item: string;
  provider: string;
  /** null for an adjustment, which has no quantity or unit price. */
  quantity: number | null;
  unit: string;
  unitPrice: number | null;
  amount: number;
  subsidy: number;
  elderShare: number;
  note: string;
}

/** 收费清单 as a PDF or a workbook shows it, in Chinese whatever the reader's UI language. */
export interface StatementDoc {
  /** Who sends it: the hotline's name and number (HOTLINE_NAME), above the title. */
  hotline: string;
  title: string;
  elderName: string;
  category: string;
  /** 2026年11月 */
  month: string;
  status: '已月结' | '未月结';
  services: number;
  rows: StatementRow[];
  totals: Totals;
}

export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** The services of a month: its charges (one per key, however many items), adjustments aside. */
export const servicesOf = (lines: Pick<LineView, 'kind' | 'chargeKey'>[]) => new Set(lines.filter((l) => l.kind === 'charge').map((l) => l.chargeKey)).size;

export function statementDoc(statement: StatementData, categoryLabel: string, timeZone: string, hotline: string): StatementDoc {
  const providerName = new Map(statement.providers.map((p) => [p.id, p.name]));
  return {
    hotline,
    title: '收费清单',
    elderName: statement.elder.name,
    category: categoryLabel || '—',
    month: monthLabel(statement.month),
    status: statement.closed ? '已月结' : '未月结',
    services: servicesOf(statement.lines),
    rows: statement.lines.map((l) => {
      const adjustment = l.kind === 'adjustment';
      return {
        date: dateIn(timeZone, l.servedAt),
        item: l.itemName,
        provider: providerName.get(l.providerId) ?? '',
        quantity: adjustment ? null : l.quantity,
        unit: l.unit,
        unitPrice: adjustment ? null : l.unitPrice,
        amount: l.amount,
        subsidy: l.subsidy,
        elderShare: l.elderShare,
        note: adjustment ? `调整：${l.reason ?? ''}` : '',
      };
    }),
    totals: statement.totals,
  };
}

/** 收费清单-李桂兰-2026-11 */
export const statementFileName = (statement: StatementData) => `收费清单-${statement.elder.name}-${statement.month}`;
