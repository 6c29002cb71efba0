import type { carePageZhCN } from './carePage.zh-CN';

export const carePageEn: typeof carePageZhCN = {
  area: 'All areas',
  refresh: 'Refresh',
  days: 'days',
  notReachedFor: 'Not reached for more than',
  noneToday: 'No care due that day',
  escalating: 'Escalation under way',
  tabs: { day: 'The day', notReached: 'Not reached ({{count}})', byArea: 'Plans by area', rules: 'Care rules' },
  counts: { due: 'Due', pending: 'In progress', done: 'Done', unanswered: 'Unanswered', escalated: 'Escalated' },
  columns: { elder: 'Elder', area: 'Area', dueAt: 'Due', tries: 'Calls', outcome: 'Outcome', case: 'Case', lastReached: 'Last reached', activePlans: 'Active plans', plans: 'Plans' },
  rules: {
    add: 'New care rule',
    name: 'Name',
    area: 'Area (and below)',
    livingSituations: 'Living situation',
    minAge: 'Aged at least',
    active: 'Active',
    inactive: 'Deactivated',
    deactivate: 'Deactivate',
    confirmDeactivate: 'Elders who come to match will no longer get a plan; plans already made stay. Deactivate?',
    saved: 'Care rule saved; matching elders have their plans',
  },
};
