import { checkSchema } from './schema-check';
import { validateFormValues } from './validate';

const CATASTROPHIC = '^(a+)+$';
const withPattern = (pattern: string) => ({ type: 'object', properties: { note: { type: 'string', pattern } } });

/** Makes the platform's backtracking RegExp refuse to run the catastrophic pattern: had it run, it would not return. */
function forbidNativeRun(source: string): void {
  for (const method of ['test', 'exec'] as const) {
    const original = RegExp.prototype[method] as (this: RegExp, s: string) => unknown;
    jest.spyOn(RegExp.prototype, method).mockImplementation(function (this: RegExp, s: string) {
      if (this.source === source) throw new Error(`the backtracking engine ran ${source}`);
      return original.call(this, s);
    } as never);
  }
}

afterEach(() => jest.restoreAllMocks());

describe('field patterns', () => {
  it.each([
    ['nested repetition', CATASTROPHIC, 'properties.note.pattern'],
    ['a repeated group with a repetition inside', '^(\\w+\\s?)*$', 'properties.note.pattern'],
    ['a back-reference', '^(a)\\1$', 'properties.note.pattern'],
    ['a look-ahead', '^(?!x).*$', 'properties.note.pattern'],
    ['a pattern that does not compile', '([a-z', 'properties.note.pattern'],
  ])('given %s, when the form is checked, then it is refused at its place', (_what, pattern, path) => {
    expect(checkSchema(withPattern(pattern)).map((p) => p.path)).toEqual([path]);
  });

  it('given a catastrophic pattern in an x-validator rule, when checked, then it is refused at the rule', () => {
    const schema = { type: 'object', properties: { note: { type: 'string', 'x-validator': [{ pattern: CATASTROPHIC, message: '格式不对' }] } } };
    expect(checkSchema(schema).map((p) => p.path)).toEqual(['properties.note.x-validator.0.pattern']);
  });

  it.each([
    ['^1[3-9]\\d{9}$', '13800138000', 'x13800138000'],
    ['^[\\u4e00-\\u9fa5]{2,10}$', '张三', 'zhang'],
    ['^\\d{6}$', '250000', '25000'],
    ['^[A-Z]{2}-\\d+$', 'JN-12', 'jn-12'],
    ['room \\d+', '幸福里 room 12 号', 'room x'],
  ])('given the usual pattern %s, when saved and checked, then it is accepted and matches as RegExp does', (pattern, good, bad) => {
    expect(checkSchema(withPattern(pattern))).toEqual([]);
    expect(validateFormValues(withPattern(pattern), { note: good }).errors).toEqual([]);
    expect(validateFormValues(withPattern(pattern), { note: bad }).errors).toEqual([{ path: 'note', code: 'pattern', message: 'has the wrong format' }]);
  });

  it('given a catastrophic pattern stored before patterns were checked, when 40 characters are validated, then the linear engine answers and the backtracking one never runs it', () => {
    forbidNativeRun(CATASTROPHIC);
    const value = `${'a'.repeat(40)}!`;
    expect(validateFormValues(withPattern(CATASTROPHIC), { note: value }).errors).toEqual([{ path: 'note', code: 'pattern', message: 'has the wrong format' }]);
    expect(validateFormValues(withPattern(CATASTROPHIC), { note: 'aaaa' }).errors).toEqual([]);
  });

  it('given a catastrophic pattern rule in x-validator stored before the checks, when 40 characters are validated, then the server flags it with the rule’s message without backtracking', () => {
    forbidNativeRun(CATASTROPHIC);
    const schema = { type: 'object', properties: { note: { type: 'string', 'x-validator': [{ pattern: CATASTROPHIC, message: '格式不对' }] } } };
    expect(validateFormValues(schema, { note: `${'a'.repeat(40)}!` }).errors).toEqual([{ path: 'note', code: 'pattern', message: '格式不对' }]);
    expect(validateFormValues(schema, { note: 'aaaa' }).errors).toEqual([]);
  });

  it('given a stored pattern the linear engine cannot run (a back-reference), when validated, then it is not applied rather than run', () => {
    forbidNativeRun('^(a)\\1$');
    expect(validateFormValues(withPattern('^(a)\\1$'), { note: 'ab' }).errors).toEqual([]);
  });
});
