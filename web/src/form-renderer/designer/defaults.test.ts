/// <reference types="jest" />
import { checkSchema, validateFormValues } from '../shared';
import { fromSchema } from './fromSchema';
import { field } from './test-fixtures';
import { toSchema } from './toSchema';
import type { DesignModel } from './types';

describe('defaults of option fields', () => {
  const model: DesignModel = {
    extra: {},
    children: [field('tags', 'checkbox', { default: ['a', 'c'] }), field('level', 'select', { default: 'b' }), field('way', 'radio', { default: 'a' }), field('none', 'checkbox')],
  };

  it('given a checkbox group with two options ticked by default and single-choice defaults, when saved and loaded back, then the defaults are unchanged', () => {
    const schema = toSchema(model);
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect([props.tags.default, props.level.default, props.way.default, 'default' in props.none]).toEqual([['a', 'c'], 'b', 'a', false]);
    expect(checkSchema(schema)).toEqual([]);
    expect(fromSchema(schema).children).toEqual(fromSchema(toSchema(fromSchema(schema))).children);
    expect(toSchema(fromSchema(schema))).toEqual(schema);
  });

  it('given the default options, when submitted as values, then the server accepts them', () => {
    expect(validateFormValues(toSchema(model), { tags: ['a', 'c'], level: 'b', way: 'a' }).errors).toEqual([]);
  });
});
