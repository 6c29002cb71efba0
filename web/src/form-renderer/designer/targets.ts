import { allFields, updateNode } from './tree';
import { isLayout, type DesignModel, type DesignNode, type FieldNode, type LayoutNode } from './types';

/**
 * Which fields a linkage rule may depend on, and how the dependency is written. A field at form
 * level depends on form-level fields by name. A field in an array-table row may also depend on the
 * other cells of its own row, written '.name' (formily resolves it against the row). Nothing may
 * depend on a cell from outside its table: a column has one value per row, not one value.
 */
export interface RuleTarget {
  /** The dependency as written in x-reactions and in LinkRule.field. */
  path: string;
  field: FieldNode;
  sameRow: boolean;
}

/** The array table whose rows hold the node, if any. */
export function tableOf(model: DesignModel, id: string): LayoutNode | undefined {
  const search = (nodes: DesignNode[], table?: LayoutNode): LayoutNode | undefined => {
    for (const n of nodes) {
      if (n.id === id) return table;
      const found = isLayout(n) ? search(n.children, n.kind === 'arrayTable' ? n : table) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return search(model.children);
}

export function ruleTargets(model: DesignModel, fieldId: string): RuleTarget[] {
  const table = tableOf(model, fieldId);
  const row = table ? allFields(table.children).map((field) => ({ path: `.${field.name}`, field, sameRow: true })) : [];
  const top = allFields(model.children, false).map((field) => ({ path: field.name, field, sameRow: false }));
  return [...row, ...top].filter((t) => t.field.id !== fieldId);
}

const renameIn = (nodes: DesignNode[], from: string, to: string): DesignNode[] =>
  nodes.map((n) => (isLayout(n) ? { ...n, children: renameIn(n.children, from, to) } : n.rules.some((r) => r.field === from) ? { ...n, rules: n.rules.map((r) => (r.field === from ? { ...r, field: to } : r)) } : n));

/**
 * After field `id` is renamed, the rules that named it follow (a rule on a missing field would never
 * hold): its row siblings' '.from' in a table, every absolute `from` otherwise.
 */
export function renameRuleTargets(model: DesignModel, id: string, from: string, to: string): DesignModel {
  const table = tableOf(model, id);
  if (table) return updateNode(model, table.id, { children: renameIn(table.children, `.${from}`, `.${to}`) });
  return { ...model, children: renameIn(model.children, from, to) };
}

/**
 * Drops the rules that name a field they can no longer depend on (deleted, or moved into or out
 * of a table): such a rule never holds, so a "show when" rule would hide its field for good.
 */
export function dropStaleRules(model: DesignModel): DesignModel {
  let next = model;
  for (const field of allFields(model.children)) {
    if (field.rules.length === 0) continue;
    const allowed = new Set(ruleTargets(model, field.id).map((t) => t.path));
    const kept = field.rules.filter((r) => allowed.has(r.field));
    if (kept.length !== field.rules.length) next = updateNode(next, field.id, { rules: kept });
  }
  return next;
}
