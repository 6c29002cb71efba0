import type { ProviderKpiFigures } from '../../api/provider-reports';
import { providerKpiText } from './providerFormat';

const figures: ProviderKpiFigures = {
  orders: 3,
  accepted: 2,
  rejected: 1,
  expired: 0,
  canceled: 0,
  done: 2,
  rejectionRate: 0.3333,
  avgAcceptMinutes: 15,
  avgWorkMinutes: null,
  onTimeRate: 0.5,
  evaluations: 3,
  satisfaction: { very_satisfied: 1, satisfied: 0, neutral: 0, unsatisfied: 1, very_unsatisfied: 0 },
  satisfiedRate: 0.5,
  complaints: 1,
  amount: 12050,
  subsidy: 6025,
  elderShare: 6025,
};

describe('provider KPIs as the report prints them', () => {
  it('given the figures, when each is printed, then counts are whole, rates percentages, minutes with one decimal and a mean over nothing a dash', () => {
    expect(providerKpiText(figures, 'orders')).toBe('3');
    expect(providerKpiText(figures, 'rejectionRate')).toBe('33.3%');
    expect(providerKpiText(figures, 'avgAcceptMinutes')).toBe('15');
    expect(providerKpiText(figures, 'avgWorkMinutes')).toBe('—');
    expect(providerKpiText(figures, 'satisfiedRate')).toBe('50.0%');
  });

  it('given amounts in fen, when printed, then they read as yuan with two decimals; a report made before amounts were counted shows a dash', () => {
    expect(providerKpiText(figures, 'amount')).toBe('120.50');
    expect(providerKpiText(figures, 'elderShare')).toBe('60.25');
    const { amount: _amount, ...older } = figures;
    expect(providerKpiText(older, 'amount')).toBe('—');
  });
});
