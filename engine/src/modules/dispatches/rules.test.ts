import { Candidate, chooseProvider, dateIn, unfitReason } from './rules';

const TODAY = '2026-06-15';
const provider = (id: string, overrides: Partial<Candidate> = {}): Candidate => ({
  id,
  name: `服务商${id}`,
  status: 'active',
  contractFrom: '2026-01-01',
  contractTo: '2026-12-31',
  capacity: 10,
  rating: 4,
  openOrders: 0,
  offersItem: true,
  servesArea: true,
  ...overrides,
});

describe('provider choice rules', () => {
  it.each([
    ['a fit provider', provider('a'), null],
    ['one that does not offer the item', provider('a', { offersItem: false }), 'does not offer this service item'],
    ['one that does not serve the area', provider('a', { servesArea: false }), 'does not serve this area'],
    ['a suspended one', provider('a', { status: 'suspended' }), 'is suspended'],
    ['one whose contract has not begun', provider('a', { contractFrom: '2026-06-16' }), `has no contract on ${TODAY}`],
    ['one whose contract ended', provider('a', { contractTo: '2026-06-14' }), `has no contract on ${TODAY}`],
    ['one whose contract ends today', provider('a', { contractTo: TODAY }), null],
    ['one at capacity', provider('a', { openOrders: 10 }), 'is at capacity (10/10 open orders)'],
    ['one just under capacity', provider('a', { openOrders: 9 }), null],
  ])('given %s, when checked, then the expected reason is given', (_what, candidate, reason) => {
    expect(unfitReason(candidate, TODAY)).toBe(reason);
  });

  it.each([
    ['no candidates', [], null],
    ['only unfit ones', [provider('a', { status: 'terminated' }), provider('b', { openOrders: 10 })], null],
    ['a better rating', [provider('a', { rating: 4.1 }), provider('b', { rating: 4.8 })], 'b'],
    ['a better rating that is full', [provider('a', { rating: 4.1 }), provider('b', { rating: 4.8, openOrders: 10 })], 'a'],
    ['equal ratings', [provider('a', { openOrders: 3 }), provider('b', { openOrders: 1 })], 'b'],
    ['an unrated one and one its complaints pulled down', [provider('a', { rating: null }), provider('b', { rating: 1 })], 'a'],
    ['an unrated one and a well rated one', [provider('a', { rating: 4.2 }), provider('b', { rating: null })], 'a'],
    ['an unrated one and a neutral one with fewer open orders', [provider('a', { rating: null, openOrders: 2 }), provider('b', { rating: 3, openOrders: 1 })], 'b'],
    ['the best rated out of contract', [provider('a', { rating: 5, contractTo: '2026-01-31' }), provider('b', { rating: 3 })], 'b'],
    ['a tie in everything', [provider('b'), provider('a')], 'a'],
  ])('given %s, when a provider is chosen, then the expected one is', (_what, candidates, chosen) => {
    expect(chooseProvider(candidates, TODAY)?.id ?? null).toBe(chosen);
  });

  it('given a moment just after midnight in Shanghai, when the date is taken there, then it is already the next day', () => {
    expect(dateIn('Asia/Shanghai', new Date('2026-06-14T16:30:00Z'))).toBe('2026-06-15');
    expect(dateIn('UTC', new Date('2026-06-14T16:30:00Z'))).toBe('2026-06-14');
  });
});
