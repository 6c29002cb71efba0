import { checkSchema } from './schema-check';

const withField = (field: Record<string, unknown>) => ({ type: 'object', properties: { note: { type: 'string', ...field } } });
const visibleWhen = (expression: string) => withField({ 'x-reactions': { dependencies: ['kind'], fulfill: { state: { visible: `{{${expression}}}` } } } });

describe('form schema safety', () => {
  it.each([
    ['a comparison of a dependency', '$deps[0] === "b"'],
    ['a test on a list dependency', '$deps[0] && $deps[0].includes("fall")'],
    ['a value read from the form', '$values.kind !== undefined && $values.age >= 60'],
    ['a ternary and typeof', 'typeof $deps[0] === "string" ? $deps[0].trim().length > 0 : false'],
  ])('given %s, when checked, then it is accepted', (_what, expression) => {
    expect(checkSchema(visibleWhen(expression))).toEqual([]);
  });

  it.each([
    ['a global', 'process.exit(1)', 'uses process'],
    ['the Function constructor', 'Function("return this")()', 'uses Function'],
    ['a constructor walk', '$deps.constructor.constructor("return process")()', 'reaches .constructor'],
    ['a constructor by string key', '$deps["constructor"]', 'reads a property by a computed key at character 7'],
    ['globalThis', 'globalThis.fetch', 'uses globalThis'],
    ['an assignment', '$self.value = 1', 'may not'],
    ['an arrow function', '$deps.some(d => d)', 'calls .some() at character 7'],
    ['a state change', '$self.setValue("x")', 'reaches .setValue'],
    ['a form submit', '$form.submit()', 'reaches .submit'],
    ['a template literal', '`${1}`', 'may not'],
    ['a syntax error', '$deps[0] ===', 'is not a valid expression'],
  ])('given %s, when checked, then it is refused', (_what, expression, why) => {
    const problems = checkSchema(visibleWhen(expression));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('properties.note.x-reactions.0.fulfill.state.visible');
    expect(problems[0].message).toContain(why);
  });

  it.each([
    ['code as a reaction', withField({ 'x-reactions': 'field => field.setValue(1)' }), 'properties.note.x-reactions.0'],
    ['fulfill.run', withField({ 'x-reactions': { fulfill: { run: '$self.setValue(1)' } } }), 'properties.note.x-reactions.0.fulfill.run'],
    ['an unknown widget', withField({ 'x-component': 'Evil' }), 'properties.note.x-component'],
    ['an unknown decorator', withField({ 'x-decorator': 'Evil' }), 'properties.note.x-decorator'],
    ['an unknown validator', withField({ 'x-validator': 'creditCard' }), 'properties.note.x-validator.0'],
    ['a custom validator', withField({ 'x-validator': { validator: '{{() => true}}' } }), 'properties.note.x-validator.0'],
    ['a pattern that does not compile', withField({ pattern: '([a-z' }), 'properties.note.pattern'],
    ['an expression in a title', withField({ title: '{{process.env.SECRET}}' }), 'properties.note.title'],
    ['an unknown type', withField({ type: 'file' }), 'properties.note.type'],
  ])('given %s, when checked, then the problem names where it is', (_what, schema, path) => {
    expect(checkSchema(schema).map((p) => p.path)).toContain(path);
  });

  it('given the same field name in two layout containers, when checked, then the second is named as a duplicate', () => {
    const schema = {
      type: 'object',
      properties: {
        left: { type: 'void', 'x-component': 'Card', properties: { phone: { type: 'string' } } },
        right: { type: 'void', 'x-component': 'Card', properties: { phone: { type: 'string' } } },
        'bad-name': { type: 'string' },
      },
    };
    expect(checkSchema(schema)).toEqual([
      { path: 'properties.right.properties.phone', message: expect.stringContaining('used twice') },
      { path: 'properties.bad-name', message: expect.stringContaining('letters, digits or _') },
    ]);
  });

  it('given a table cell whose rule depends on a sibling in its row (.kind) and on a top-level field, when checked, then it is accepted', () => {
    const detail = { type: 'string', 'x-reactions': [{ dependencies: ['.kind', 'urgent'], fulfill: { state: { required: '{{$deps[0] === "fall" && $deps[1] === true}}' } } }] };
    const schema = {
      type: 'object',
      properties: {
        urgent: { type: 'boolean' },
        items: { type: 'array', 'x-component': 'ArrayTable', items: { type: 'object', properties: { kind: { type: 'string' }, detail_column: { type: 'void', 'x-component': 'ArrayTable.Column', properties: { detail } } } } },
      },
    };
    expect(checkSchema(schema)).toEqual([]);
  });

  it('given things that are not schemas, when checked, then they are refused', () => {
    expect(checkSchema([])).toHaveLength(1);
    expect(checkSchema({ type: 'string' })).toEqual([{ path: 'type', message: 'the root of a form is of type object' }]);
    expect(checkSchema({ type: 'object', properties: { a: 'text' } })).toEqual([{ path: 'properties.a', message: 'a field is a JSON object' }]);
  });
});
