import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export type SubsidyKind = 'percent' | 'fixed';

/** 补贴规则: what a subsidy category pays of an item (itemCode `*`: of every item). */
export interface SubsidyRule {
  category: string;
  itemCode: string;
  kind: SubsidyKind;
  /** percent: 0–100 of the amount; fixed: fen per unit of quantity. */
  value: number;
  updatedAt: Date;
  updatedBy: string;
}

/** The most subsidy an elder of a category gets in one billing month (null: no cap). */
export interface SubsidyCap {
  category: string;
  monthlyCap: number | null;
}

/** 收费明细: one item charged to an elder, or an adjustment of an earlier line. Money in fen. */
export interface ChargeLine {
  id: string;
  /** The charge's idempotency key + ':' + the line's index. */
  lineKey: string;
  chargeKey: string;
  /** The billing month (YYYY-MM): an open month, never a closed one. */
  month: string;
  elderId: string;
  caseId: string | null;
  dispatchId: string | null;
  providerId: string;
  staffId: string | null;
  itemCode: string;
  itemName: string;
  unit: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  subsidy: number;
  elderShare: number;
  servedAt: Date;
  kind: 'charge' | 'adjustment';
  adjustsLineId: string | null;
  reason: string | null;
  createdBy: string;
  createdAt: Date;
}

/** 月结: a closed billing month takes no new lines. */
export interface BillingMonth {
  month: string;
  closedAt: Date;
  closedBy: string;
}

const int = (name?: string) => ({ type: 'int' as const, ...(name ? { name } : {}) });

export const SubsidyRuleEntity = new EntitySchema<SubsidyRule>({
  name: 'SubsidyRule',
  tableName: 'subsidy_rules',
  columns: {
    category: { ...column.text(32), primary: true },
    itemCode: { ...named('item_code', column.text(64)), primary: true },
    kind: column.text(16),
    value: int('rule_value'),
    updatedAt: named('updated_at', column.time()),
    updatedBy: named('updated_by', column.text(36)),
  },
});

export const SubsidyCapEntity = new EntitySchema<SubsidyCap>({
  name: 'SubsidyCap',
  tableName: 'subsidy_caps',
  columns: {
    category: { ...column.text(32), primary: true },
    monthlyCap: { type: 'int', name: 'monthly_cap', nullable: true },
  },
});

export const ChargeLineEntity = new EntitySchema<ChargeLine>({
  name: 'ChargeLine',
  tableName: 'charge_lines',
  columns: {
    id: column.id(),
    lineKey: named('line_key', column.text(140)),
    chargeKey: named('charge_key', column.text(128)),
    month: column.text(7),
    elderId: named('elder_id', column.text(36)),
    caseId: named('case_id', column.text(36, true)),
    dispatchId: named('dispatch_id', column.text(36, true)),
    providerId: named('provider_id', column.text(36)),
    staffId: named('staff_id', column.text(36, true)),
    itemCode: named('item_code', column.text(64)),
    itemName: named('item_name', column.text(100)),
    unit: column.text(16),
    quantity: int(),
    unitPrice: int('unit_price'),
    amount: int(),
    subsidy: int(),
    elderShare: int('elder_share'),
    servedAt: named('served_at', column.time()),
    kind: column.text(16),
    adjustsLineId: named('adjusts_line_id', column.text(36, true)),
    reason: column.text(500, true),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
  },
  uniques: [{ name: 'uq_charge_lines_line_key', columns: ['lineKey'] }],
  indices: [
    { name: 'ix_charge_lines_charge_key', columns: ['chargeKey'] },
    { name: 'ix_charge_lines_elder_month', columns: ['elderId', 'month'] },
    { name: 'ix_charge_lines_provider_month', columns: ['providerId', 'month'] },
    { name: 'ix_charge_lines_case', columns: ['caseId'] },
  ],
});

export const BillingMonthEntity = new EntitySchema<BillingMonth>({
  name: 'BillingMonth',
  tableName: 'billing_months',
  columns: {
    month: { ...column.text(7), primary: true },
    closedAt: named('closed_at', column.time()),
    closedBy: named('closed_by', column.text(36)),
  },
});

export const billingEntities = [SubsidyRuleEntity, SubsidyCapEntity, ChargeLineEntity, BillingMonthEntity];
