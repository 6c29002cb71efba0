import { FIELD_SPECS } from './kinds';
import { isLayout, OPTION_KINDS, type DesignModel, type DesignNode, type FieldKind, type FieldNode, type LayoutKind, type LayoutNode } from './types';

/** Immutable edits of the designer tree, addressed by node id. The root's id is ROOT. */
export const ROOT = 'root';

let counter = 0;
const nextId = (prefix: string) => `${prefix}:${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Every data field name in the model, for unique defaults and rule targets. */
export function allFields(nodes: DesignNode[], inTables = true): FieldNode[] {
  return nodes.flatMap((n) => (isLayout(n) ? (n.kind === 'arrayTable' && !inTables ? [] : allFields(n.children, inTables)) : [n]));
}

const allNames = (nodes: DesignNode[]): Set<string> => new Set(nodes.flatMap((n) => [n.name, ...(isLayout(n) ? [...allNames(n.children)] : [])]));

function uniqueName(model: DesignModel, base: string): string {
  const taken = allNames(model.children);
  for (let i = 1; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

export function newField(model: DesignModel, kind: FieldKind, title: string): FieldNode {
  const spec = FIELD_SPECS[kind];
  return {
    id: nextId('field'),
    kind,
    name: uniqueName(model, 'field'),
    title,
    required: false,
    ...(OPTION_KINDS.includes(kind) ? { options: [{ label: '1', value: '1' }, { label: '2', value: '2' }] } : {}),
    ...(kind === 'dictionary' ? { dictionary: 'satisfaction' } : {}),
    ...(spec.validator ? { validator: spec.validator } : {}),
    rules: [],
    extra: {},
  };
}

export function newLayout(model: DesignModel, kind: LayoutKind, title: string, tabTitle = ''): LayoutNode {
  const name = uniqueName(model, kind === 'arrayTable' ? 'table' : kind);
  const base = { id: nextId('layout'), kind, name, title, children: [] as DesignNode[], extra: {} };
  if (kind === 'grid') return { ...base, columns: 2 };
  // Tabs start with one pane, so there is somewhere to drop fields.
  if (kind === 'tabs') return { ...base, children: [{ id: nextId('layout'), kind: 'tab', name: `${name}_tab1`, title: tabTitle, children: [], extra: {} }] };
  return base;
}

/** The children list of a container (or the root), or undefined. */
export function childrenOf(model: DesignModel, id: string): DesignNode[] | undefined {
  if (id === ROOT) return model.children;
  const node = findNode(model.children, id);
  return node && isLayout(node) ? node.children : undefined;
}

export function findNode(nodes: DesignNode[], id: string): DesignNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const found = isLayout(n) ? findNode(n.children, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The id of the container holding a node (ROOT at the top). */
export function parentOf(model: DesignModel, id: string): string | undefined {
  const search = (nodes: DesignNode[], parent: string): string | undefined => {
    for (const n of nodes) {
      if (n.id === id) return parent;
      const found = isLayout(n) ? search(n.children, n.id) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return search(model.children, ROOT);
}

function mapChildren(model: DesignModel, parent: string, change: (children: DesignNode[]) => DesignNode[]): DesignModel {
  if (parent === ROOT) return { ...model, children: change(model.children) };
  const walk = (nodes: DesignNode[]): DesignNode[] => nodes.map((n) => (!isLayout(n) ? n : n.id === parent ? { ...n, children: change(n.children) } : { ...n, children: walk(n.children) }));
  return { ...model, children: walk(model.children) };
}

/** Whether a node may go into a container: tables hold fields only, tabs hold panes only. */
export function accepts(model: DesignModel, parent: string, node: DesignNode): boolean {
  const container = parent === ROOT ? undefined : findNode(model.children, parent);
  if (container && !isLayout(container)) return false;
  if (node.kind === 'tab') return container?.kind === 'tabs';
  if (container?.kind === 'tabs') return false;
  if (container?.kind === 'arrayTable') return !isLayout(node) && node.kind !== 'knowledge';
  return true;
}

export function insertNode(model: DesignModel, parent: string, index: number, node: DesignNode): DesignModel {
  return mapChildren(model, parent, (children) => [...children.slice(0, index), node, ...children.slice(index)]);
}

export function removeNode(model: DesignModel, id: string): DesignModel {
  const walk = (nodes: DesignNode[]): DesignNode[] => nodes.filter((n) => n.id !== id).map((n) => (isLayout(n) ? { ...n, children: walk(n.children) } : n));
  return { ...model, children: walk(model.children) };
}

export function moveNode(model: DesignModel, id: string, parent: string, index: number): DesignModel {
  const node = findNode(model.children, id);
  if (!node || !accepts(model, parent, node) || (isLayout(node) && findNode(node.children, parent))) return model;
  return insertNode(removeNode(model, id), parent, index, node);
}

export function updateNode(model: DesignModel, id: string, change: Partial<FieldNode> | Partial<LayoutNode>): DesignModel {
  const walk = (nodes: DesignNode[]): DesignNode[] => nodes.map((n) => (n.id === id ? ({ ...n, ...change } as DesignNode) : isLayout(n) ? { ...n, children: walk(n.children) } : n));
  return { ...model, children: walk(model.children) };
}
