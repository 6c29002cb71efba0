import { priceLines, ruleFor, totalsOf } from './subsidy';

const housekeeping = { code: 'housekeeping_basic', name: '日常保洁', unit: '小时', quantity: 2, unitPrice: 4500 };
const meals = { code: 'meal_delivery', name: '助餐送餐', unit: '份', quantity: 3, unitPrice: 1500 };

describe('subsidy calculation', () => {
  it('given a percent rule, when a line is priced, then the subsidy is that share of the amount, rounded to the fen', () => {
    expect(priceLines([{ ...housekeeping, unitPrice: 4499, quantity: 1 }], [{ itemCode: '*', kind: 'percent', value: 50 }], null, 0)).toEqual([{ ...housekeeping, unitPrice: 4499, quantity: 1, amount: 4499, subsidy: 2250, elderShare: 2249 }]);
  });

  it('given a fixed rule, when lines are priced, then it pays per unit but never more than the amount', () => {
    const rules = [{ itemCode: '*', kind: 'fixed' as const, value: 2000 }];
    const [kept, limited] = priceLines([housekeeping, meals], rules, null, 0);
    expect([kept.amount, kept.subsidy, kept.elderShare]).toEqual([9000, 4000, 5000]);
    expect([limited.amount, limited.subsidy, limited.elderShare]).toEqual([4500, 4500, 0]);
  });

  it('given a rule for the item and one for every item, when the rule is looked up, then the item’s own wins; without any, no subsidy', () => {
    const rules = [{ itemCode: '*', kind: 'percent' as const, value: 50 }, { itemCode: 'meal_delivery', kind: 'fixed' as const, value: 1000 }];
    expect(ruleFor(rules, 'meal_delivery')).toEqual(rules[1]);
    expect(ruleFor(rules, 'housekeeping_basic')).toEqual(rules[0]);
    expect(priceLines([meals], [], null, 0)[0]).toMatchObject({ amount: 4500, subsidy: 0, elderShare: 4500 });
  });

  it('given a monthly cap partly used, when two lines are priced, then the first takes what is left and the second gets nothing', () => {
    const lines = priceLines([housekeeping, meals], [{ itemCode: '*', kind: 'percent', value: 100 }], 10000, 4000);
    expect(lines.map((l) => [l.amount, l.subsidy, l.elderShare])).toEqual([[9000, 6000, 3000], [4500, 0, 4500]]);
    expect(totalsOf(lines)).toEqual({ amount: 13500, subsidy: 6000, elderShare: 7500 });
  });

  it('given a cap already overrun by earlier lines, when a line is priced, then its subsidy is zero, never negative', () => {
    expect(priceLines([meals], [{ itemCode: '*', kind: 'percent', value: 100 }], 10000, 12000)[0]).toMatchObject({ subsidy: 0, elderShare: 4500 });
  });
});
