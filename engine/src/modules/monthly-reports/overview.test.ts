import { niceStep } from '../../pdf/pages';
import { previousMonth } from '../billing/months';
import { daysOf } from '../billing/months';
import { change, shown } from './overview';
import { reportFileName, reportTitle } from './titles';

describe('the monthly report’s figures as printed', () => {
  it('given counts, values and rates, when their change from the month before is stated, then counts and values change in per cent, rates in percentage points, and a missing side is a dash', () => {
    expect(change({ label: '受理工单', kind: 'count', month: 15, previous: 4 })).toBe('+275.0%');
    expect(change({ label: '受理工单', kind: 'count', month: 3, previous: 4 })).toBe('-25.0%');
    expect(change({ label: '受理工单', kind: 'count', month: 3, previous: 0 })).toBe('—');
    expect(change({ label: '平均应答时长(秒)', kind: 'value', month: null, previous: 12 })).toBe('—');
    expect(change({ label: '接通率', kind: 'rate', month: 0.9512, previous: 0.97 })).toBe('-1.9个百分点');
    expect(change({ label: '接通率', kind: 'rate', month: 0.5, previous: 0.5 })).toBe('0.0个百分点');
    expect([shown(0.8462, 'rate'), shown(null, 'rate'), shown(0), shown(12.5, 'value')]).toEqual(['84.6%', '—', '0', '12.5']);
  });

  it('given months at the year’s and February’s edges, then the month before and the days are right', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(daysOf('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(daysOf('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('given a report of the bureau and one of an area, then titles and file names say which', () => {
    expect(reportTitle({ month: '2026-11', areaName: null })).toBe('2026年11月 热线运行月报');
    expect(reportTitle({ month: '2026-11', areaName: '历下区' })).toBe('2026年11月 历下区 热线运行月报');
    expect(reportFileName({ month: '2026-11', areaName: '历下区' })).toBe('热线运行月报_2026-11_历下区');
  });

  it('given the largest figure of a chart, then the axis steps by 1, 2 or 5 times a power of ten, in whole numbers, and four steps reach it', () => {
    expect([0, 0.4, 1, 3, 7, 12.5, 180, 2600].map(niceStep)).toEqual([1, 1, 1, 5, 10, 20, 200, 5000]);
    for (const max of [3, 7, 41, 999]) expect(4 * niceStep(max / 4)).toBeGreaterThanOrEqual(max);
  });
});
