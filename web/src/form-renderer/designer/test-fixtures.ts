import { OPTION_KINDS, type DesignNode, type FieldKind, type FieldNode, type LayoutNode } from './types';

/** Small builders for model tests: ids follow names, so expectations stay readable. */
export const field = (name: string, kind: FieldKind = 'input', more: Partial<FieldNode> = {}): FieldNode => ({
  id: `field:${name}`,
  kind,
  name,
  title: name.toUpperCase(),
  required: false,
  ...(OPTION_KINDS.includes(kind) ? { options: [{ label: '甲', value: 'a' }, { label: '乙', value: 'b' }, { label: '丙', value: 'c' }] } : {}),
  rules: [],
  extra: {},
  ...more,
});

export const layout = (kind: LayoutNode['kind'], name: string, children: DesignNode[], more: Partial<LayoutNode> = {}): LayoutNode => ({ id: `layout:${name}`, kind, name, title: name, children, extra: {}, ...more });
