import { createForm } from '@formily/core';
import { Schema } from '@formily/json-schema';
import { HOSTILE_EXPRESSIONS, LEGITIMATE_EXPRESSIONS, RAN } from '@careflow/forms/src/expression-cases';
import './safety'; // what the web app's entry (main.tsx) and SchemaForm install

/** The browser's formily: the same Schema that @formily/react's SchemaField compiles with. */
const SCOPE = { $deps: ['constructor', 'x'], $values: { age: 80 }, $self: { value: 'x' }, $form: { values: {} } };
const ran = () => (globalThis as Record<string, unknown>)[RAN];

afterEach(() => {
  jest.restoreAllMocks();
  expect(ran()).toBeUndefined();
});

describe('expressions and patterns in the browser', () => {
  it.each(HOSTILE_EXPRESSIONS)('given %s in a stored form, when the browser’s formily compiles it, then nothing runs and its value is undefined', (_what, expression) => {
    expect(Schema.compile(`{{${expression}}}`, SCOPE)).toBeUndefined();
  });

  it.each(LEGITIMATE_EXPRESSIONS)('given %s, when the browser’s formily compiles it, then it has the expected value', (expression, scope, value) => {
    expect(Schema.compile(`{{${expression}}}`, scope)).toEqual(value);
  });

  it('given a stored form whose rule hides code in its state and its run, when its fields are created, then nothing runs and the field keeps its state', () => {
    const hostile = HOSTILE_EXPRESSIONS[0][1];
    const schema = new Schema({
      type: 'object',
      properties: {
        kind: { type: 'string' },
        note: { type: 'string', 'x-reactions': { dependencies: ['kind'], fulfill: { state: { visible: `{{${hostile}}}`, required: '{{$deps[0] === "fall"}}' }, run: `globalThis.${RAN}=1` } } },
      },
    });
    const form = createForm({ values: { kind: 'fall' } });
    schema.mapProperties((child, key) => form.createField({ ...child.toFieldProps(), name: key }));
    expect(form.query('note').take()).toMatchObject({ visible: true, required: true });
  });

  it('given a catastrophic pattern stored before patterns were checked, when 40 characters are typed, then the field is flagged without the backtracking engine running it', async () => {
    const original = RegExp.prototype.test;
    jest.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, s: string) {
      if (this.source === '^(a+)+$') throw new Error('the backtracking engine ran ^(a+)+$');
      return original.call(this, s);
    });
    const form = createForm();
    const field = form.createField({ name: 'note', validator: { pattern: '^(a+)+$', message: '格式不对' } });
    await field.onInput(`${'a'.repeat(40)}!`);
    expect(field.selfErrors).toEqual(['格式不对']);
    await field.onInput('aaaa');
    expect(field.selfErrors).toEqual([]);
  });
});
