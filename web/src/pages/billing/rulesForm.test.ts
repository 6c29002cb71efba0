import { repeatsEarlierRule, toBody, toFormValues } from './rulesForm';

const at = '2026-05-01T00:00:00.000Z';
const stored = {
  rules: [
    { category: 'low_pay', itemCode: '*', kind: 'percent' as const, value: 50, updatedAt: at, updatedBy: 'a' },
    { category: 'free', itemCode: 'meal_delivery', kind: 'fixed' as const, value: 1250, updatedAt: at, updatedBy: 'a' },
  ],
  caps: [{ category: 'low_pay', monthlyCap: 30000 }, { category: 'retired', monthlyCap: null }],
};

describe('the subsidy rules form', () => {
  it('given stored rules in fen, when shown, then fixed amounts are yuan, percentages stay, and every category has a cap row', () => {
    expect(toFormValues(stored, ['free', 'low_pay', 'paid'])).toEqual({
      rules: [{ category: 'low_pay', itemCode: '*', kind: 'percent', value: 50 }, { category: 'free', itemCode: 'meal_delivery', kind: 'fixed', value: 12.5 }],
      caps: [{ category: 'free', monthlyCap: null }, { category: 'low_pay', monthlyCap: 300 }, { category: 'paid', monthlyCap: null }, { category: 'retired', monthlyCap: null }],
    });
  });

  it('given the form in yuan, when saved, then whole fen go to the engine and an empty cap is none', () => {
    const body = toBody({ rules: [{ category: 'free', itemCode: '*', kind: 'fixed', value: 12.345 }, { category: 'paid', itemCode: '*', kind: 'percent', value: 10 }], caps: [{ category: 'free', monthlyCap: 600.5 }, { category: 'paid', monthlyCap: null }] });
    expect(body).toEqual({ rules: [{ category: 'free', itemCode: '*', kind: 'fixed', value: 1235 }, { category: 'paid', itemCode: '*', kind: 'percent', value: 10 }], caps: [{ category: 'free', monthlyCap: 60050 }, { category: 'paid', monthlyCap: null }] });
    expect(toBody(toFormValues(stored, ['free', 'low_pay']))).toEqual({ rules: stored.rules.map(({ category, itemCode, kind, value }) => ({ category, itemCode, kind, value })), caps: [{ category: 'free', monthlyCap: null }, { category: 'low_pay', monthlyCap: 30000 }, { category: 'retired', monthlyCap: null }] });
  });

  it('given two rows of the same category and item, then the second repeats the first, other rows do not', () => {
    const rows = [{ category: 'free', itemCode: '*' }, { category: 'free', itemCode: 'meal_delivery' }, { category: 'free', itemCode: '*' }, {}];
    expect(rows.map((_, i) => repeatsEarlierRule(rows, i))).toEqual([false, false, true, false]);
  });
});
