import type { SUBSIDY_KINDS } from '@careflow/contracts';
import type { SubsidyRules, SubsidyRulesBody } from '../../api/billing-admin';
import { fenToYuan, yuanToFen } from '../providers/money';

type SubsidyKind = (typeof SUBSIDY_KINDS)[number];

/** One rule as edited: a percentage, or yuan per unit (the engine keeps fen). */
export interface RuleRow {
  category?: string;
  itemCode?: string;
  kind?: SubsidyKind;
  value?: number | null;
}
/** One category's monthly cap in yuan; empty is no cap. */
export interface CapRow {
  category: string;
  monthlyCap?: number | null;
}
export interface RulesFormValues {
  rules: RuleRow[];
  caps: CapRow[];
}

const shown = (kind: SubsidyKind, value: number) => (kind === 'fixed' ? fenToYuan(value) : value);

/** The stored set as the form shows it: a cap row for every category offered, in that order. */
export function toFormValues(stored: SubsidyRules, categories: readonly string[]): RulesFormValues {
  const capped = stored.caps.filter((c) => !categories.includes(c.category)).map((c) => c.category);
  return {
    rules: stored.rules.map((r) => ({ category: r.category, itemCode: r.itemCode, kind: r.kind, value: shown(r.kind, r.value) })),
    caps: [...categories, ...capped].map((category) => {
      const cap = stored.caps.find((c) => c.category === category)?.monthlyCap;
      return { category, monthlyCap: cap === null || cap === undefined ? null : fenToYuan(cap) };
    }),
  };
}

/** The form as the engine takes it; the form's own rules have made every field present. */
export function toBody(values: RulesFormValues): SubsidyRulesBody {
  return {
    rules: values.rules.map((r) => ({ category: r.category ?? '', itemCode: r.itemCode ?? '', kind: r.kind ?? 'percent', value: r.kind === 'fixed' ? yuanToFen(r.value ?? 0) : Math.round(r.value ?? 0) })),
    caps: values.caps.map((c) => ({ category: c.category, monthlyCap: c.monthlyCap === null || c.monthlyCap === undefined ? null : yuanToFen(c.monthlyCap) })),
  };
}

/** Whether an earlier row already has this row's category and item. */
export const repeatsEarlierRule = (rows: readonly RuleRow[], index: number) =>
  rows.slice(0, index).some((r) => r.category !== undefined && r.category === rows[index]?.category && r.itemCode !== undefined && r.itemCode === rows[index]?.itemCode);
