import { billingAdminZhCN } from './billing-admin.zh-CN';

export const billingZhCN = {
  fields: { servedAt: '服务日期', item: '服务项目', provider: '服务商', quantity: '数量', unitPrice: '单价', amount: '金额', subsidy: '补贴', elderShare: '老人自付', reason: '调整说明' },
  adjustment: '调整',
  totals: '本月合计',
  closed: '已月结',
  open: '未月结',
  empty: '本月没有收费明细',
  ...billingAdminZhCN,
};
