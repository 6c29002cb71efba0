import { validateFormValues } from './validate';

/** A rescue outcome form: "details" shows, and is required, only for a real alarm; "callback" needs a phone. */
const OUTCOME = {
  type: 'object',
  properties: {
    outcome: { type: 'string', required: true, enum: ['real', 'false_alarm'] },
    card: {
      type: 'void',
      'x-component': 'Card',
      properties: {
        details: {
          type: 'string',
          maxLength: 200,
          'x-reactions': { dependencies: ['outcome'], fulfill: { state: { visible: '{{$deps[0] === "real"}}', required: '{{$deps[0] === "real"}}' } } },
        },
      },
    },
    callback: { type: 'string', 'x-validator': 'phone' },
    idCard: { type: 'string', 'x-validator': [{ format: 'idCard', message: '身份证号不正确' }] },
    note: { type: 'string', 'x-reactions': { dependencies: ['outcome'], fulfill: { state: { display: '{{$deps[0] === "false_alarm" ? "hidden" : "visible"}}' } } } },
    visits: { type: 'array', items: { type: 'object', properties: { who: { type: 'string', required: true }, mobile: { type: 'string', 'x-validator': 'mobile' } } } },
  },
};

describe('linkage rules and named validators', () => {
  it.each<[string, Record<string, unknown>, [string, string][], Record<string, unknown> | null]>([
    ['a real alarm without details', { outcome: 'real' }, [['details', 'required']], null],
    ['a real alarm with details', { outcome: 'real', details: '老人摔倒，已送医' }, [], { outcome: 'real', details: '老人摔倒，已送医' }],
    ['a false alarm: details hidden, not required and not submitted', { outcome: 'false_alarm', details: 'left over' }, [], { outcome: 'false_alarm' }],
    ['a hidden-but-kept note keeps its value unchecked', { outcome: 'false_alarm', note: 42 }, [], { outcome: 'false_alarm', note: 42 }],
    ['a visible note is checked', { outcome: 'real', details: 'x', note: 42 }, [['note', 'type']], null],
    ['an option outside the list', { outcome: 'maybe' }, [['outcome', 'enum']], null],
    ['a bad callback phone', { outcome: 'false_alarm', callback: '12345' }, [['callback', 'phone']], null],
    ['a landline callback', { outcome: 'false_alarm', callback: '0531-88001234' }, [], { outcome: 'false_alarm', callback: '0531-88001234' }],
    ['a bad ID card with its own message', { outcome: 'false_alarm', idCard: '370102194001010026' }, [['idCard', 'idCard']], null],
    ['a visit row without who and with a landline as mobile', { outcome: 'false_alarm', visits: [{ who: '', mobile: '0531-88001234' }] }, [['visits.0.mobile', 'mobile'], ['visits.0.who', 'required']], null],
  ])('given %s, when validated, then the errors are the listed ones', (_what, values, expected, kept) => {
    const result = validateFormValues(OUTCOME, values);
    expect(result.errors.map((e) => [e.path, e.code]).sort()).toEqual(expected);
    if (kept !== null) expect(result.values).toEqual(kept);
  });

  it('given a named validator with a message, when it fails, then the message is the form’s own', () => {
    expect(validateFormValues(OUTCOME, { outcome: 'real', details: 'x', idCard: 'bad' }).errors).toEqual([{ path: 'idCard', code: 'idCard', message: '身份证号不正确' }]);
  });
});

/**
 * An array table as the designer writes it (each cell inside a void ArrayTable.Column): a row's
 * "detail" shows only when the same row's "kind" has a value ('.kind', formily's sibling path), and
 * is required when the form's top-level "urgent" is on (an absolute name).
 */
const filled = (i: number) => `!($deps[${i}] === undefined || $deps[${i}] === null || $deps[${i}] === '' || $deps[${i}]?.length === 0)`;
const cell = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'void',
  'x-component': 'ArrayTable.Column',
  properties: { [name]: { type: 'string', 'x-decorator': 'FormItem', 'x-component': 'Input', ...extra } },
});
const ROWS = {
  type: 'object',
  properties: {
    urgent: { type: 'boolean', 'x-decorator': 'FormItem', 'x-component': 'Switch' },
    items: {
      type: 'array',
      'x-decorator': 'FormItem',
      'x-component': 'ArrayTable',
      items: {
        type: 'object',
        properties: {
          kind_column: cell('kind'),
          detail_column: cell('detail', {
            'x-reactions': [{ dependencies: ['.kind', 'urgent'], fulfill: { state: { display: `{{${filled(0)} ? 'visible' : 'none'}}`, required: '{{$deps[1] === true}}' } } }],
          }),
        },
      },
      // The table's "add row" button: a widget, not row data (it must not make the list look like a group).
      properties: { _addition: { type: 'void', 'x-component': 'ArrayTable.Addition' } },
    },
  },
};

describe('linkage rules inside array-table rows', () => {
  it.each<[string, Record<string, unknown>, [string, string][], Record<string, unknown> | null]>([
    ['row 0 with its kind and no detail, row 1 without kind, when urgent', { urgent: true, items: [{ kind: 'fall' }, { detail: 'left over' }] }, [['items.0.detail', 'required']], null],
    ['the same rows when not urgent', { urgent: false, items: [{ kind: 'fall' }, {}] }, [], { urgent: false, items: [{ kind: 'fall' }, {}] }],
    ['both rows with kind, only row 1 missing its detail', { urgent: true, items: [{ kind: 'fall', detail: '摔倒' }, { kind: 'ill' }] }, [['items.1.detail', 'required']], null],
    ['a row without kind: its detail is not submitted', { urgent: true, items: [{ detail: 'x' }] }, [], { urgent: true, items: [{}] }],
  ])('given %s, when validated, then the errors are per row', (_what, values, expected, kept) => {
    const result = validateFormValues(ROWS, values);
    expect(result.errors.map((e) => [e.path, e.code]).sort()).toEqual(expected);
    if (kept !== null) expect(result.values).toEqual(kept);
  });
});
