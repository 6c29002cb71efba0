import { ALARM_BUTTONS_PATTERN, parseAlarmButtons, routeOf } from './alarm-buttons';

describe('alarm buttons', () => {
  const routes = parseAlarmButtons('police:emergency-rescue:110,medical:emergency-rescue,housekeeping:household-help');

  it('given the three-button pager’s mapping, when each button is pressed, then police and medical open 紧急救助 (police marked for 110) and housekeeping opens 家政便民', () => {
    expect(routeOf(routes, 'police', 'emergency-rescue')).toEqual({ serviceType: 'emergency-rescue', handover: '110' });
    expect(routeOf(routes, 'medical', 'emergency-rescue')).toEqual({ serviceType: 'emergency-rescue', handover: null });
    expect(routeOf(routes, 'housekeeping', 'emergency-rescue')).toEqual({ serviceType: 'household-help', handover: null });
  });

  it('given a pendant’s SOS or no button, when pressed, then the alarm service type opens', () => {
    expect(routeOf(routes, 'SOS', 'emergency-rescue')).toEqual({ serviceType: 'emergency-rescue', handover: null });
    expect(routeOf(routes, undefined, 'emergency-rescue')).toEqual({ serviceType: 'emergency-rescue', handover: null });
  });

  it('given a malformed mapping, when checked, then the pattern refuses it', () => {
    for (const bad of ['police', 'police:', 'police:Emergency', 'police:emergency-rescue:120', 'a:b,,c:d']) expect(ALARM_BUTTONS_PATTERN.test(bad)).toBe(false);
    expect(ALARM_BUTTONS_PATTERN.test('housekeeping:household-help')).toBe(true);
  });
});
