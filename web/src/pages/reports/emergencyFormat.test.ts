import type { EmergencyKpiFigures } from '../../api/emergency-reports';
import { emergencyKpiText, minutesAndSeconds } from './emergencyFormat';

const units = { min: '分', sec: '秒' };
const figures: EmergencyKpiFigures = {
  alarms: 3,
  falseAlarms: 1,
  canceled: 1,
  falseAlarmRate: 0.3333,
  callback: { count: 2, avgSec: 75 },
  dispatch: { count: 1, avgSec: 300 },
  accepted: { count: 1, avgSec: 420 },
  onSite: { count: 0, avgSec: null },
};

describe('emergency KPIs as the report prints them', () => {
  it('given the figures, when each is printed, then counts are whole, the rate a percentage, times in 分 and 秒, and a stage nobody reached a dash', () => {
    expect(emergencyKpiText(figures, 'alarms', units)).toBe('3');
    expect(emergencyKpiText(figures, 'falseAlarmRate', units)).toBe('33.3%');
    expect(emergencyKpiText(figures, 'callbackCount', units)).toBe('2');
    expect(emergencyKpiText(figures, 'callbackSec', units)).toBe('1分15秒');
    expect(emergencyKpiText(figures, 'dispatchSec', units)).toBe('5分');
    expect(emergencyKpiText(figures, 'onSiteSec', units)).toBe('—');
  });

  it('given under a minute, when printed, then only seconds show', () => {
    expect(minutesAndSeconds(42, units)).toBe('42秒');
    expect(minutesAndSeconds(0, units)).toBe('0秒');
  });
});
