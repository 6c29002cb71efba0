import type { stepHeatZhCN } from './stepHeat.zh-CN';

export const stepHeatEn: typeof stepHeatZhCN = {
  tab: 'Step heat',
  toggle: 'Time heat',
  period: 'Period',
  summary: '{{instances}} cases opened in the period',
  sampled: 'Too many step runs: only the latest {{count}} are counted',
  empty: 'No process data in this period',
  notPublished: 'Not published yet: no process data',
  showTable: 'Show figures',
  legend: { cool: 'Normal', warm: 'Slow (top third)', hot: 'Has late tasks' },
  line: { runs: 'Done {{passed}} · open {{open}}', times: 'Median {{median}} · p90 {{p90}}', overdue: 'Late {{count}}' },
  columns: { step: 'Step', passed: 'Done', open: 'Open', median: 'Median time', p90: '90th percentile', overdue: 'Late' },
  duration: { none: '—', sec: '{{n}} s', min: '{{n}} min', hour: '{{n}} h', day: '{{n}} d' },
};
