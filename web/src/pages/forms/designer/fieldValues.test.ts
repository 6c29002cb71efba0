/// <reference types="jest" />
import { field } from '../../../form-renderer/designer/test-fixtures';
import type { FieldKind } from '../../../form-renderer/designer/types';
import { fromPanel, toPanel } from './fieldValues';

const noKinds = (): FieldKind | undefined => undefined;

describe('the property panel values of a field', () => {
  it('given a checkbox group, when its default is picked, then the default is the list of picked option values (unknown ones left out)', () => {
    const tags = field('tags', 'checkbox');
    expect(fromPanel(tags, { ...toPanel(tags), default: ['c', 'a', 'gone'] }, noKinds).default).toEqual(['c', 'a']);
    expect('default' in fromPanel(tags, { ...toPanel(tags), default: [] }, noKinds)).toBe(false);
    expect(toPanel(field('tags', 'checkbox', { default: ['a', 'b'] })).default).toEqual(['a', 'b']);
  });

  it('given a select or radio, when a default is picked, then it is one option value; removing that option removes the default', () => {
    const level = field('level', 'select');
    expect(fromPanel(level, { ...toPanel(level), default: 'b' }, noKinds).default).toBe('b');
    const radio = field('way', 'radio', { default: 'b' });
    const options = [{ label: '甲', value: 'a' }, undefined];
    expect('default' in fromPanel(radio, { ...toPanel(radio), options }, noKinds)).toBe(false);
    expect(fromPanel(radio, { ...toPanel(radio), options }, noKinds).options).toEqual([{ label: '甲', value: 'a' }]);
  });

  it('given text defaults and a rule on a sibling number, when read back, then they have the field types', () => {
    const count = field('count', 'number');
    expect(fromPanel(count, { ...toPanel(count), default: '3' }, noKinds).default).toBe(3);
    const note = field('note');
    const rules = [{ effect: 'show' as const, field: '.count', op: 'eq' as const, value: '2' }];
    expect(fromPanel(note, { ...toPanel(note), rules }, (path) => (path === '.count' ? 'number' : undefined)).rules).toEqual([{ effect: 'show', field: '.count', op: 'eq', value: 2 }]);
  });
});
