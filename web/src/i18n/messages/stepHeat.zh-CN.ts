// 流程热度: each step's runs, time spent and late tasks over the process diagram.
export const stepHeatZhCN = {
  tab: '流程热度',
  toggle: '耗时热度',
  period: '统计期间',
  summary: '期间内受理工单 {{instances}} 件',
  sampled: '步骤记录过多，仅统计最近的 {{count}} 条',
  empty: '所选期间内没有流程数据',
  notPublished: '尚未发布，暂无流程数据',
  showTable: '显示数据',
  legend: { cool: '正常', warm: '耗时较长（前三分之一）', hot: '有超期任务' },
  line: { runs: '经过 {{passed}} · 在办 {{open}}', times: '中位 {{median}} · 90% {{p90}}', overdue: '超期 {{count}}' },
  columns: { step: '步骤', passed: '已完成', open: '在办', median: '中位用时', p90: '90%用时', overdue: '超期' },
  duration: { none: '—', sec: '{{n}}秒', min: '{{n}}分', hour: '{{n}}小时', day: '{{n}}天' },
};
