import { AUDIENCE_MAX, audienceMember, audienceOf } from './audience';

describe('task audience', () => {
  it.each<[string, string[], string[], string]>([
    ['no candidates', [], [], '*'],
    ['groups and users', ['hotline', 'dispatch'], ['li.na'], '|g:hotline|g:dispatch|u:li.na|'],
    ['names that cannot be keys', ['社工'], ['x'], '|-|'],
    ['a mix of good and impossible names', ['社工', 'hotline'], [], '|g:hotline|'],
  ])('given %s, when packed, then the audience lists exactly the possible candidates', (_what, groups, users, expected) => {
    expect(audienceOf(groups, users)).toBe(expected);
  });

  it('given more candidates than fit, when packed, then it stops at a whole entry within the width', () => {
    const groups = Array.from({ length: 40 }, (_, i) => `group-${String(i).padStart(2, '0')}-${'x'.repeat(20)}`);
    const audience = audienceOf(groups, []);
    expect(audience.length).toBeLessThanOrEqual(AUDIENCE_MAX);
    expect(audience.endsWith('|')).toBe(true);
    expect(audience.startsWith(`|g:${groups[0]}|`)).toBe(true);
  });

  it('given names with LIKE wildcards, when made a pattern, then the wildcards are escaped', () => {
    expect(audienceMember('g', 'a_b')).toBe('%|g:a!_b|%');
    expect(audienceMember('u', '50%!')).toBe('%|u:50!%!!|%');
  });
});
