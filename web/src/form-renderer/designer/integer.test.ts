/// <reference types="jest" />
import { checkSchema, validateFormValues } from '../shared';
import { withDefaults } from '../schemaDefaults';
import { fromSchema } from './fromSchema';
import { field } from './test-fixtures';
import { toSchema } from './toSchema';
import type { DesignModel } from './types';

describe('number fields that take whole numbers only', () => {
  const model: DesignModel = { extra: {}, children: [field('visits', 'number', { integer: true, minimum: 0 }), field('weight', 'number')] };
  const schema = toSchema(model);
  const props = schema.properties as Record<string, Record<string, unknown>>;

  it('given a number field set to integers, when saved, then its schema type is integer and a plain number field keeps number; both load back unchanged', () => {
    expect([props.visits.type, props.weight.type]).toEqual(['integer', 'number']);
    expect(checkSchema(schema)).toEqual([]);
    expect(fromSchema(schema).children.map((n) => ('integer' in n ? n.integer : undefined))).toEqual([true, undefined]);
    expect(toSchema(fromSchema(schema))).toEqual(schema);
  });

  it('given the integer field, when the server checks values, then 3 passes and 2.5 is refused on that field', () => {
    expect(validateFormValues(schema, { visits: 3, weight: 2.5 }).errors).toEqual([]);
    expect(validateFormValues(schema, { visits: 2.5 }).errors.map((p) => p.path)).toEqual(['visits']);
  });

  it('given the integer field, when rendered, then its number box takes no decimals, unless the schema sets its own precision', () => {
    const ready = withDefaults(schema).properties as Record<string, Record<string, unknown>>;
    expect(ready.visits['x-component-props']).toEqual({ precision: 0 });
    expect(ready.weight['x-component-props']).toBeUndefined();
    const own = withDefaults({ type: 'object', properties: { n: { type: 'integer', 'x-component': 'NumberPicker', 'x-component-props': { precision: 1 } } } });
    expect((own.properties as Record<string, Record<string, unknown>>).n['x-component-props']).toEqual({ precision: 1 });
  });
});
