import type { dispatchesZhCN } from './dispatches.zh-CN';

export const dispatchesEn: typeof dispatchesZhCN = {
  title: 'Provider orders',
  empty: 'No dispatched orders',
  refresh: 'Refresh',
  statusFilter: 'Status',
  status: { dispatched: 'Awaiting acceptance', accepted: 'Accepted', rejected: 'Rejected', expired: 'Expired', done: 'Done' },
  fields: { createdAt: 'Dispatched at', serviceItem: 'Service item', area: 'Area', note: 'Note', status: 'Status', provider: 'Provider', reason: 'Reason for rejecting', actions: 'Actions' },
  accept: 'Accept',
  reject: 'Reject',
  done: 'Done',
  rejectTitle: 'Reject the order',
  reasonPlaceholder: 'Why can you not take it?',
  reasonRequired: 'Give a reason',
  accepted: 'Accepted',
  rejected: 'Rejected',
  finished: 'Marked done',
};
