import type { TFunction } from 'i18next';
import { defaultsOf, figureText, thresholdText } from './alertFormat';

const t = ((key: string, values?: Record<string, unknown>) => `${key}:${JSON.stringify(values ?? {})}`) as unknown as TFunction;

describe('alert rule texts', () => {
  it('given each kind, when its threshold and figure are shown, then each reads through its own key, and no figure is a dash', () => {
    expect(thresholdText('answer_rate', 95, t)).toBe('reports.alerts.threshold.answer_rate:{"value":95}');
    expect(figureText('overdue_cases', 3, t)).toBe('reports.alerts.figure.overdue_cases:{"value":3}');
    expect(figureText('answer_rate', null, t)).toBe('—');
  });

  it('given a new rule of each kind, then the form starts from the engine’s defaults', () => {
    expect(defaultsOf('answer_rate')).toEqual({ threshold: 95, minutes: 60, minCalls: 10 });
    expect(defaultsOf('unconfirmed_alarms')).toEqual({ threshold: 0, minutes: 2 });
    expect(defaultsOf('overdue_cases')).toEqual({ threshold: 10 });
  });
});
