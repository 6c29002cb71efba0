import { startingValues } from './processValues';

const SCHEMA = {
  type: 'object',
  properties: {
    quoteSummary: { type: 'string', 'x-component': 'Input.TextArea', 'x-pattern': 'readPretty' },
    grid: { type: 'void', 'x-component': 'FormGrid', properties: { provider: { type: 'string', readOnly: true } } },
    quoteAccepted: { type: 'string', 'x-component': 'Radio.Group' },
  },
};

describe('a task form’s starting values', () => {
  it('given read-only fields named like process variables, when the form opens, then they show the process values and editable fields stay empty', () => {
    const values = startingValues(SCHEMA, { quoteSummary: '合计 ¥80.00', provider: '安心家政', quoteAccepted: 'yes', other: 1 }, null);
    expect(values).toEqual({ quoteSummary: '合计 ¥80.00', provider: '安心家政' });
  });

  it('given a saved draft, when the form opens, then the draft wins over the process value', () => {
    expect(startingValues(SCHEMA, { quoteSummary: 'old' }, { quoteSummary: 'draft', quoteAccepted: 'no' })).toEqual({ quoteSummary: 'draft', quoteAccepted: 'no' });
  });

  it('given no read-only field with a value, when the form opens, then only the draft is used', () => {
    expect(startingValues(SCHEMA, { quoteSummary: null }, undefined)).toBeUndefined();
    expect(startingValues(undefined, { quoteSummary: 'x' }, { a: 1 })).toEqual({ a: 1 });
  });
});
