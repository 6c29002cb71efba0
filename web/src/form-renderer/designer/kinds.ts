import type { FieldKind, LayoutKind } from './types';

export interface KindSpec {
  component: string;
  type: 'string' | 'number' | 'boolean' | 'array' | 'void' | 'object';
  /** The named validator a new field of this kind starts with (the server checks it too). */
  validator?: string;
}

/** Each palette kind as a schema component (names from forms/src/registry.ts) and a value type. */
export const FIELD_SPECS: Record<FieldKind, KindSpec> = {
  input: { component: 'Input', type: 'string' },
  textarea: { component: 'Input.TextArea', type: 'string' },
  number: { component: 'NumberPicker', type: 'number' },
  select: { component: 'Select', type: 'string' },
  radio: { component: 'Radio.Group', type: 'string' },
  checkbox: { component: 'Checkbox.Group', type: 'array' },
  switch: { component: 'Switch', type: 'boolean' },
  date: { component: 'DatePicker', type: 'string' },
  time: { component: 'TimePicker', type: 'string' },
  rating: { component: 'Rate', type: 'number' },
  phone: { component: 'PhoneInput', type: 'string', validator: 'phone' },
  idCard: { component: 'IdCardInput', type: 'string', validator: 'idCard' },
  dictionary: { component: 'DictionarySelect', type: 'string' },
  area: { component: 'AreaPicker', type: 'string' },
  elder: { component: 'ElderPicker', type: 'string' },
  satisfaction: { component: 'SatisfactionRate', type: 'string' },
  file: { component: 'FileUpload', type: 'array' },
  knowledge: { component: 'KnowledgeAnswer', type: 'void' },
  caseOpener: { component: 'CaseOpener', type: 'array' },
};

export const LAYOUT_SPECS: Record<LayoutKind, KindSpec> = {
  grid: { component: 'FormGrid', type: 'void' },
  card: { component: 'Card', type: 'void' },
  tabs: { component: 'FormTab', type: 'void' },
  tab: { component: 'FormTab.TabPane', type: 'void' },
  arrayTable: { component: 'ArrayTable', type: 'array' },
};

export const fieldKindOf = (component: unknown, type: unknown): FieldKind | undefined =>
  (Object.keys(FIELD_SPECS) as FieldKind[]).find((k) => FIELD_SPECS[k].component === component && (FIELD_SPECS[k].type === type || type === undefined || (k === 'number' && type === 'integer')));

export const layoutKindOf = (component: unknown): LayoutKind | undefined => (Object.keys(LAYOUT_SPECS) as LayoutKind[]).find((k) => LAYOUT_SPECS[k].component === component);
