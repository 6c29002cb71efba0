/// <reference types="jest" />
import { checkSchema, validateFormValues } from '../shared';
import { fromSchema } from './fromSchema';
import { reactionToRules } from './linkage';
import { dropStaleRules, renameRuleTargets, ruleTargets } from './targets';
import { findNode, moveNode, removeNode, ROOT } from './tree';
import { field, layout } from './test-fixtures';
import { toSchema } from './toSchema';
import type { DesignModel, FieldNode } from './types';

/** A visit form: "urgent" at form level, a card, and a table of items whose "detail" depends on its row's "kind". */
const detail = field('detail', 'textarea', {
  rules: [
    { effect: 'show', field: '.kind', op: 'notEmpty' },
    { effect: 'require', field: 'urgent', op: 'eq', value: true },
  ],
});
const model = (detailField: FieldNode = detail): DesignModel => ({
  extra: {},
  children: [
    field('urgent', 'switch'),
    layout('card', 'card', [field('note')]),
    layout('arrayTable', 'items', [field('kind'), detailField, field('count', 'number')]),
    layout('arrayTable', 'visits', [field('kind'), field('who', 'input', { rules: [{ effect: 'show', field: '.kind', op: 'empty' }] })]),
  ],
});
const targets = (id: string) => ruleTargets(model(), id).map((t) => t.path);

describe('linkage rules on array-table rows', () => {
  it('given a field at form level, when its rule targets are listed, then they are form-level fields only (not table cells, not itself)', () => {
    expect(targets('field:note')).toEqual(['urgent']);
  });

  it('given a cell of a table, when its rule targets are listed, then they are its row siblings as relative paths, then form-level fields', () => {
    expect(targets('field:detail')).toEqual(['.kind', '.count', 'urgent', 'note']);
    expect(ruleTargets(model(), 'field:detail').filter((t) => t.sameRow).map((t) => t.field.id)).toEqual(['field:kind', 'field:count']);
  });

  it('given sibling and form-level rules, when turned into a schema, then the reaction names .kind and urgent, passes the gate and reads back into the same rules', () => {
    const schema = toSchema(model());
    const cell = (schema.properties as never as Record<string, { items: { properties: Record<string, { properties: Record<string, Record<string, unknown>> }> } }>).items.items.properties.detail_column.properties.detail;
    expect(cell['x-reactions']).toEqual([{ dependencies: ['.kind', 'urgent'], fulfill: { state: { display: expect.stringContaining('$deps[0]'), required: '{{$deps[1] === true}}' } } }]);
    expect(checkSchema(schema)).toEqual([]);
    const back = fromSchema(schema);
    expect(toSchema(back)).toEqual(schema);
    expect(reactionToRules((cell['x-reactions'] as unknown[])[0])).toEqual(detail.rules);
  });

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['row 0 with kind and no detail, row 1 without kind', { urgent: true, items: [{ kind: '跌倒' }, {}] }, [['items.0.detail', 'required']]],
    ['both rows with kind, not urgent', { urgent: false, items: [{ kind: '跌倒' }, { kind: '走失' }] }, []],
    ['row 1 with kind and no detail', { urgent: true, items: [{ kind: '跌倒', detail: '已送医' }, { kind: '走失' }] }, [['items.1.detail', 'required']]],
  ])('given the designed schema and %s, when the server validates, then each row is checked on its own', (_what, values, errors) => {
    expect(validateFormValues(toSchema(model()), values).errors.map((e) => [e.path, e.code])).toEqual(errors);
  });

  it('given a reaction on a path the designer does not write, when read, then it is no rule and stays as written', () => {
    const reaction = { dependencies: ['..kind'], fulfill: { state: { display: "{{$deps[0] === \"a\" ? 'visible' : 'none'}}" } } };
    expect(reactionToRules(reaction)).toBeUndefined();
    const schema = { type: 'object', properties: { note: { type: 'string', title: 'n', 'x-decorator': 'FormItem', 'x-component': 'Input', 'x-reactions': [reaction] } } };
    const back = fromSchema(schema);
    expect((back.children[0] as FieldNode).rules).toEqual([]);
    expect(toSchema(back)).toEqual(schema);
  });
});

describe('renaming a field a rule depends on', () => {
  const rulesOf = (m: DesignModel, table: number, cell: number) => ((m.children[table] as { children: FieldNode[] }).children[cell]).rules.map((r) => r.field);

  it('given a table cell renamed, when rules follow, then only its own row siblings change (not the same name in another table)', () => {
    const renamed = renameRuleTargets(model(), 'field:kind', 'kind', 'category');
    expect(rulesOf(renamed, 2, 1)).toEqual(['.category', 'urgent']);
    expect(rulesOf(renamed, 3, 1)).toEqual(['.kind']);
  });

  it('given a form-level field renamed, when rules follow, then absolute names change everywhere and sibling paths do not', () => {
    const m = model(field('detail', 'textarea', { rules: [{ effect: 'show', field: '.urgent', op: 'notEmpty' }, { effect: 'require', field: 'urgent', op: 'notEmpty' }] }));
    expect(rulesOf(renameRuleTargets(m, 'field:urgent', 'urgent', 'emergency'), 2, 1)).toEqual(['.urgent', 'emergency']);
  });
});

describe('rules left without their field', () => {
  const rulesOf = (m: DesignModel, id: string) => (findNode(m.children, id) as FieldNode).rules.map((r) => r.field);

  it('given a form-level field a cell depends on, when it is deleted, then the rule on it goes and the row rule stays', () => {
    const after = dropStaleRules(removeNode(model(), 'field:urgent'));
    expect(rulesOf(after, 'field:detail')).toEqual(['.kind']);
  });

  it('given a cell with a row rule, when it is moved out of its table, then the row rule goes (outside a table there is no row)', () => {
    const after = dropStaleRules(moveNode(model(), 'field:detail', ROOT, 0));
    expect(rulesOf(after, 'field:detail')).toEqual(['urgent']);
  });

  it('given rules whose fields are all there, when checked, then the model is unchanged', () => {
    expect(dropStaleRules(model())).toEqual(model());
  });
});
