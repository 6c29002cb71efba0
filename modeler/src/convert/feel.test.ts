import { feelToJuel, OutsideSubset } from './feel';
import { parameterValue, timerValue } from './values';

describe('FEEL to JUEL, the simple subset', () => {
  it.each([
    ['=x', '${x}'],
    ['=a.b.c', '${a.b.c}'],
    ['=x >= 1.5', '${x >= 1.5}'],
    ['=status = "it\'s"', "${status == 'it\\'s'}"],
    ['=a or b and c', '${a or b and c}'],
    ['=(a or b) and c', '${(a or b) and c}'],
    ['=not(a = null)', '${not (a == null)}'],
    ['=x = true', '${x == true}'],
  ])('given %s, when converted, then it is %s', (feel, juel) => {
    expect(feelToJuel(feel)).toBe(juel);
  });

  it.each([['=count(x) > 0'], ['=if a then b else c'], ['=x + 1 > 2'], ['=some x in xs satisfies x > 1'], ['=empty'], ['=x[1]'], ['=a = "x" = b'], ['=get value(m, k)']])(
    'given %s, when converted, then it is outside the subset',
    (feel) => {
      expect(() => feelToJuel(feel)).toThrow(OutsideSubset);
    },
  );

  it('given values, when converted, then text that Operaton would evaluate is refused and timers keep ISO text', () => {
    expect(() => parameterValue('price ${x}')).toThrow(OutsideSubset);
    expect(parameterValue('="a" + b.c + "d"')).toEqual({ kind: 'text', text: 'a${b.c}d' });
    expect(() => parameterValue('=a + b')).toThrow(OutsideSubset);
    expect(timerValue('R3/PT10M')).toBe('R3/PT10M');
  });
});
