import { monthsToShow, shiftMonth } from './months';

describe('billing months', () => {
  it('given a month, when shifted across a year, then the year changes with it', () => {
    expect([shiftMonth('2026-01', -1), shiftMonth('2026-12', 1), shiftMonth('2026-05', -17)]).toEqual(['2025-12', '2027-01', '2024-12']);
  });

  it('given closed months older than the recent ones, when listed, then the recent months and those, newest first, each once', () => {
    expect(monthsToShow('2026-03', ['2026-02', '2025-06'], 3)).toEqual(['2026-03', '2026-02', '2026-01', '2025-06']);
  });
});
