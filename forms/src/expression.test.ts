import { Schema } from '@formily/json-schema';
import { HOSTILE_EXPRESSIONS, LEGITIMATE_EXPRESSIONS, RAN } from './expression-cases';
import './reactions'; // the engine's formily: expressions go to the safe evaluator from here on
import { checkSchema } from './schema-check';

const visibleWhen = (expression: string) => ({ type: 'object', properties: { note: { type: 'string', 'x-reactions': { dependencies: ['kind'], fulfill: { state: { visible: `{{${expression}}}` } } } } } });
/** A scope in which the hostile payloads would find what they look for, were they run. */
const SCOPE = { $deps: ['constructor', 'x'], $values: { age: 80, kind: 'fall' }, $self: { value: 'x' }, $form: { values: {} }, $record: {}, $index: 0 };
const ran = () => (globalThis as Record<string, unknown>)[RAN];

afterEach(() => expect(ran()).toBeUndefined());

describe('the expression gate and evaluator', () => {
  it('given the shared table, when counted, then it holds at least 30 hostile and 30 legitimate expressions', () => {
    expect(HOSTILE_EXPRESSIONS.length).toBeGreaterThanOrEqual(30);
    expect(LEGITIMATE_EXPRESSIONS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE_EXPRESSIONS)('given %s, when a schema with it is checked, then it is refused at its place in the schema', (_what, expression) => {
    expect(checkSchema(visibleWhen(expression))).toEqual([{ path: 'properties.note.x-reactions.0.fulfill.state.visible', message: expect.stringContaining('expression {{') }]);
  });

  it.each(HOSTILE_EXPRESSIONS)('given %s stored without the gate, when formily compiles it, then nothing runs and its value is undefined', (_what, expression) => {
    expect(Schema.compile(`{{${expression}}}`, SCOPE)).toBeUndefined();
    expect(ran()).toBeUndefined();
  });

  it.each(LEGITIMATE_EXPRESSIONS)('given %s, when checked and evaluated, then it is accepted and has the expected value', (expression, scope, value) => {
    expect(checkSchema(visibleWhen(expression))).toEqual([]);
    expect(Schema.compile(`{{${expression}}}`, scope)).toEqual(value);
  });

  it('given fulfill.run stored without the gate, when formily runs it, then it runs nothing and the form still settles', () => {
    const runner = Schema.compile(`{{function(){${`globalThis.${RAN}=1`}}}}`, SCOPE) as () => unknown;
    expect(runner()).toBeUndefined();
  });

  it('given an expression in text (not a whole {{ }} string), when checked, then it is text, as formily leaves it', () => {
    expect(checkSchema({ type: 'object', properties: { note: { type: 'string', title: '请填写 {{姓名}}' } } })).toEqual([]);
    expect(Schema.compile('请填写 {{姓名}}', SCOPE)).toBe('请填写 {{姓名}}');
  });
});
