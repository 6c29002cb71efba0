import type { orderIssuesZhCN } from './orderIssues.zh-CN';

export const orderIssuesEn: typeof orderIssuesZhCN = {
  report: 'Report a problem',
  title: 'Report a problem to the hotline',
  kind: 'Problem',
  kinds: { not_home: 'Elder not at home', more_work: 'More work needed' },
  note: 'What happened',
  notePlaceholder: 'E.g. nobody answers the door; the kitchen needs another hour',
  noteRequired: 'Say what happened',
  items: 'Extra items',
  item: 'Item',
  quantity: 'Quantity',
  addItem: 'Add an item',
  itemsRequired: 'Add at least one extra item',
  itemsHint: 'The hotline quotes them at your prices and confirms with the elder or family first.',
  submit: 'Report',
  reported: 'Reported to the hotline: an agent will be in touch',
};
