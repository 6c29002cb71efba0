import { sortRules } from '../../../form-renderer/designer/linkage';
import { OPTION_KINDS, type FieldKind, type FieldNode, type LinkRule, type OptionItem, type RuleValue } from '../../../form-renderer/designer/types';

/** The property panel edits text; these turn it into the value types the schema needs. */
type PanelRule = { effect: LinkRule['effect']; field?: string; op: LinkRule['op']; value?: string };
/** `default` is text, or option values: one (select, radio) or a list (checkbox). */
export type PanelValues = Omit<Partial<FieldNode>, 'default' | 'rules' | 'options'> & { default?: string | string[]; options?: (Partial<OptionItem> | undefined)[]; rules?: (PanelRule | undefined)[] };

const NUMERIC: readonly FieldKind[] = ['number', 'rating'];

function typed(text: string | undefined, kind: FieldKind | undefined): RuleValue | undefined {
  if (text === undefined || text === '') return undefined;
  if (kind && NUMERIC.includes(kind) && Number.isFinite(Number(text))) return Number(text);
  if (kind === 'switch' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

export const asText = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));

/** The panel's values for a field (numbers and booleans as text). */
export function toPanel(field: FieldNode): PanelValues {
  const given = Array.isArray(field.default) ? field.default.map(String) : asText(field.default);
  return { ...field, default: given, rules: field.rules.map((r) => ({ ...r, value: asText(r.value) })) };
}

/** An option field's default: only values among its current options, a list for checkboxes. */
function optionDefault(kind: FieldKind, given: PanelValues['default'], options: OptionItem[]): string | string[] | undefined {
  const allowed = new Set(options.map((o) => o.value));
  const picked = (Array.isArray(given) ? given : given === undefined || given === '' ? [] : [given]).filter((v) => allowed.has(v));
  if (kind === 'checkbox') return picked.length > 0 ? picked : undefined;
  return picked[0];
}

/** The field after the panel's edit; `kindOf` gives the kind of a rule's target field. */
export function fromPanel(field: FieldNode, values: PanelValues, kindOf: (name: string) => FieldKind | undefined): FieldNode {
  const rules = (values.rules ?? [])
    .filter((r): r is PanelRule & { field: string } => !!r?.field && !!r.effect && !!r.op)
    .map((r) => {
      const value = r.op === 'eq' || r.op === 'ne' ? (typed(r.value, kindOf(r.field)) ?? '') : undefined;
      return value === undefined ? { effect: r.effect, field: r.field, op: r.op } : { effect: r.effect, field: r.field, op: r.op, value };
    });
  const options = values.options?.filter(Boolean).map((o) => ({ label: o?.label ?? '', value: o?.value ?? '' }));
  const given = values.default;
  const value = OPTION_KINDS.includes(field.kind) ? optionDefault(field.kind, given, options ?? field.options ?? []) : typed(Array.isArray(given) ? given.join(',') : given, field.kind);
  const next: FieldNode = { ...field, ...values, ...(options ? { options } : {}), default: value, rules: sortRules(rules) } as FieldNode;
  for (const key of ['minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'validator', 'help', 'default', 'dictionary'] as const) {
    if (next[key] === undefined || next[key] === null || next[key] === '') delete next[key];
  }
  if (!next.integer) delete next.integer;
  return next;
}
