import { billingAdminEn } from './billing-admin.en';
import type { billingZhCN } from './billing.zh-CN';

export const billingEn: typeof billingZhCN = {
  fields: { servedAt: 'Served on', item: 'Service item', provider: 'Provider', quantity: 'Quantity', unitPrice: 'Unit price', amount: 'Amount', subsidy: 'Subsidy', elderShare: 'Elder pays', reason: 'Adjustment note' },
  adjustment: 'Adjustment',
  totals: 'Month total',
  closed: 'Month closed',
  open: 'Month open',
  empty: 'No charges this month',
  ...billingAdminEn,
};
