import type { SubsidyKind } from './entities';

/** A subsidy rule as the calculation needs it. */
export interface RuleTerms {
  itemCode: string;
  kind: SubsidyKind;
  value: number;
}

/** One item to price: what it is and its unit price (fen). */
export interface LineInput {
  code: string;
  name: string;
  unit: string;
  quantity: number;
  unitPrice: number;
}

export interface PricedLine extends LineInput {
  amount: number;
  subsidy: number;
  elderShare: number;
}

export interface Totals {
  amount: number;
  subsidy: number;
  elderShare: number;
}

/** The rule for an item among one category's rules: the item's own wins over `*`; none means no subsidy. */
export function ruleFor(rules: RuleTerms[], itemCode: string): RuleTerms | undefined {
  return rules.find((r) => r.itemCode === itemCode) ?? rules.find((r) => r.itemCode === '*');
}

/** What a rule pays of one line before the monthly cap. */
export function ruleSubsidy(rule: RuleTerms | undefined, amount: number, quantity: number): number {
  if (!rule) return 0;
  if (rule.kind === 'percent') return Math.round((amount * rule.value) / 100);
  return Math.min(rule.value * quantity, amount);
}

/**
 * Prices lines for one elder in one billing month: amount, the subsidy by the category's rules, then
 * the monthly cap, which the month's earlier subsidy (usedBefore) and the earlier lines here use up.
 */
export function priceLines(items: LineInput[], rules: RuleTerms[], cap: number | null, usedBefore: number): PricedLine[] {
  let used = usedBefore;
  return items.map((item) => {
    const amount = item.unitPrice * item.quantity;
    const uncapped = ruleSubsidy(ruleFor(rules, item.code), amount, item.quantity);
    const subsidy = cap === null ? uncapped : Math.min(uncapped, Math.max(0, cap - used));
    used += subsidy;
    return { ...item, amount, subsidy, elderShare: amount - subsidy };
  });
}

export function totalsOf(lines: { amount: number; subsidy: number; elderShare: number }[]): Totals {
  return lines.reduce((t, l) => ({ amount: t.amount + l.amount, subsidy: t.subsidy + l.subsidy, elderShare: t.elderShare + l.elderShare }), { amount: 0, subsidy: 0, elderShare: 0 });
}
