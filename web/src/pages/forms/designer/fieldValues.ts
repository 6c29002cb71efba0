import { sortRules } from '../../../forms/designer/linkage';
import type { FieldKind, FieldNode, LinkRule, RuleValue } from '../../../forms/designer/types';

/** The property panel edits text; these turn it into the value types the schema needs. */
type PanelRule = { effect: LinkRule['effect']; field?: string; op: LinkRule['op']; value?: string };
export type PanelValues = Omit<Partial<FieldNode>, 'default' | 'rules'> & { default?: string; rules?: (PanelRule | undefined)[] };

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
  return { ...field, default: asText(field.default), rules: field.rules.map((r) => ({ ...r, value: asText(r.value) })) };
}

/** The field after the panel's edit; `kindOf` gives the kind of a rule's target field. */
export function fromPanel(field: FieldNode, values: PanelValues, kindOf: (name: string) => FieldKind | undefined): FieldNode {
  const rules = (values.rules ?? [])
    .filter((r): r is PanelRule & { field: string } => !!r?.field && !!r.effect && !!r.op)
    .map((r) => {
      const value = r.op === 'eq' || r.op === 'ne' ? (typed(r.value, kindOf(r.field)) ?? '') : undefined;
      return value === undefined ? { effect: r.effect, field: r.field, op: r.op } : { effect: r.effect, field: r.field, op: r.op, value };
    });
  const next: FieldNode = { ...field, ...values, default: typed(values.default, field.kind), rules: sortRules(rules) } as FieldNode;
  for (const key of ['minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'validator', 'help', 'default', 'dictionary'] as const) {
    if (next[key] === undefined || next[key] === null || next[key] === '') delete next[key];
  }
  if (next.options) next.options = next.options.filter(Boolean).map((o) => ({ label: o.label ?? '', value: o.value ?? '' }));
  return next;
}
