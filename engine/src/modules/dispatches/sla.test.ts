import { addIsoDuration } from './sla';

describe('addIsoDuration', () => {
  const from = new Date('2026-01-31T08:00:00.000Z');
  it.each([
    ['PT30M', '2026-01-31T08:30:00.000Z'],
    ['PT24H', '2026-02-01T08:00:00.000Z'],
    ['P1DT12H', '2026-02-01T20:00:00.000Z'],
    ['P1W', '2026-02-07T08:00:00.000Z'],
    ['PT1.5S', '2026-01-31T08:00:01.500Z'],
    ['P1Y', '2027-01-31T08:00:00.000Z'],
  ])('given %s, when added to a moment, then the due time is %s', (duration, due) => {
    expect(addIsoDuration(from, duration).toISOString()).toBe(due);
  });

  it.each(['', 'P', 'PT', '30M', 'P1H', 'PT-5M'])('given %j, when added, then it is refused as no duration', (text) => {
    expect(() => addIsoDuration(from, text)).toThrow('not an ISO 8601 duration');
  });
});
