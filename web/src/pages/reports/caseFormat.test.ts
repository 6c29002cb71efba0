import { caseKpiText } from './caseFormat';
import type { CaseKpiFigures } from '../../api/case-reports';

const figures: CaseKpiFigures = { opened: 5, closed: 3, canceled: 1, onTimeRate: 0.6667, fcrRate: null, redoRate: 0.3333, replyRate: null, mailboxRate: 0.5, avgDurationHours: 4.0123, p90DurationHours: 10.87, urged: 1, supervised: 0, satisfaction: { very_satisfied: 1, satisfied: 1, neutral: 0, unsatisfied: 1, very_unsatisfied: 0 } };

describe('case KPIs as the report prints them', () => {
  it('given the case KPIs, when each is printed, then counts are whole, rates are percentages, hours have one decimal and a rate over nothing is a dash', () => {
    expect(caseKpiText(figures, 'opened')).toBe('5');
    expect(caseKpiText(figures, 'onTimeRate')).toBe('66.7%');
    expect(caseKpiText(figures, 'mailboxRate')).toBe('50.0%');
    expect(caseKpiText(figures, 'fcrRate')).toBe('—');
    expect(caseKpiText(figures, 'avgDurationHours')).toBe('4');
    expect(caseKpiText(figures, 'p90DurationHours')).toBe('10.9');
  });
});
