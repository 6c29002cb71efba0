import { FormSchemaNode, validateFormValues } from './validate';

const schema: FormSchemaNode = {
  type: 'object',
  required: ['callerName'],
  properties: {
    callerName: { type: 'string', title: '来电人', maxLength: 20 },
    layout: {
      type: 'void',
      properties: {
        phone: { type: 'string', format: 'phone', required: true },
        age: { type: 'integer', minimum: 60, maximum: 130 },
      },
    },
    alarmType: { type: 'string', enum: [{ label: '跌倒', value: 'fall' }, { label: '胸痛', value: 'chest_pain' }] },
    falseAlarm: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string', enum: ['alone', 'disabled'] } },
    address: { type: 'object', properties: { street: { type: 'string', pattern: '^[^<>]+$' } } },
  },
};

const valid = { callerName: '张大爷', phone: '13800138000', age: 82, alarmType: 'fall', falseAlarm: false, tags: ['alone'], address: { street: '文化东路' } };

describe('validateFormValues', () => {
  it('given valid values with an unknown key, when validated, then there are no errors and the unknown key is dropped', () => {
    const result = validateFormValues(schema, { ...valid, injected: 'x', address: { street: '文化东路', extra: 1 } });
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual(valid);
  });

  it.each([
    ['a missing required field (JSON-schema style)', { callerName: undefined }, 'callerName', 'required'],
    ['a missing required field inside a layout container (formily style)', { phone: '' }, 'phone', 'required'],
    ['text that is too long', { callerName: '很'.repeat(21) }, 'callerName', 'maxLength'],
    ['a bad phone number', { phone: '12345' }, 'phone', 'format'],
    ['a number under the minimum', { age: 59 }, 'age', 'minimum'],
    ['a fraction where a whole number is needed', { age: 80.5 }, 'age', 'type'],
    ['a value that is not an option', { alarmType: 'flood' }, 'alarmType', 'enum'],
    ['text where a boolean is needed', { falseAlarm: 'no' }, 'falseAlarm', 'type'],
    ['a list item that is not an option', { tags: ['alone', 'rich'] }, 'tags.1', 'enum'],
    ['a nested value against its pattern', { address: { street: '<script>' } }, 'address.street', 'pattern'],
    ['a list where a group is needed', { address: ['x'] }, 'address', 'type'],
  ])('given %s, when validated, then that field has the error', (_label, change, path, code) => {
    const result = validateFormValues(schema, { ...valid, ...change });
    expect(result.errors).toEqual([expect.objectContaining({ path, code })]);
  });

  it('given something that is not an object, when validated, then the form itself is refused', () => {
    expect(validateFormValues(schema, 'values').errors).toEqual([expect.objectContaining({ path: '(form)', code: 'type' })]);
  });
});
