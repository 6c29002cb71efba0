/** 上报问题: a provider's worker reports on an order from the elder's door. */
export const orderIssuesZhCN = {
  report: '上报问题',
  title: '向热线上报问题',
  kind: '问题类型',
  kinds: { not_home: '老人不在家', more_work: '需增加服务' },
  note: '情况说明',
  notePlaceholder: '例如：敲门无人应答；厨房油污严重需再加一小时',
  noteRequired: '请说明情况',
  items: '追加服务项目',
  item: '服务项目',
  quantity: '数量',
  addItem: '添加项目',
  itemsRequired: '请至少添加一个追加项目',
  itemsHint: '热线将按本服务商价格报价，并与老人或家属确认后再追加。',
  submit: '上报',
  reported: '已上报热线，请等待坐席联系',
};
