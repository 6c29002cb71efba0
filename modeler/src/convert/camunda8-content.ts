import { ZEEBE_NS } from './model';

/** A moddle object as bpmn-js's import leaves it: typed properties, unknown attributes in $attrs. */
type Node = { $type?: string; id?: string; $attrs?: Record<string, string>; $descriptor?: { ns?: { uri?: string }; isGeneric?: boolean } };

const SKIP = new Set(['$parent', '$descriptor', '$model', '$attrs', 'di']);

/**
 * Where a diagram still carries Camunda 8 (Zeebe) content, which Operaton ignores or refuses: the ids
 * of the elements (the definitions' own id for content outside any element) that hold an attribute or
 * extension element in the Zeebe namespace, in document order; [] when there is none. Walks the
 * moddle tree once; references back up the tree are skipped by the visited set.
 */
export function elementsWithCamunda8Content(definitions: Node): string[] {
  const prefixes = new Set(Object.entries(definitions.$attrs ?? {}).filter(([k, v]) => k.startsWith('xmlns:') && v === ZEEBE_NS).map(([k]) => k.slice(6)));
  if (prefixes.size === 0) return [];
  const found = new Set<string>();
  const seen = new Set<object>();
  const isZeebeName = (name: string) => prefixes.has(name.split(':')[0]);

  const visit = (node: Node, owner: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    const here = node.id ?? owner;
    const generic = node.$descriptor?.isGeneric;
    if ((generic && (node.$descriptor?.ns?.uri === ZEEBE_NS || isZeebeName(node.$type ?? ''))) || Object.keys(node.$attrs ?? {}).some((k) => !k.startsWith('xmlns') && isZeebeName(k))) found.add(here);
    for (const [key, value] of Object.entries(node)) {
      if (SKIP.has(key) || !value || typeof value !== 'object') continue;
      for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child === 'object' && '$type' in child) visit(child as Node, here);
    }
  };
  visit(definitions, definitions.id ?? 'definitions');
  return [...found];
}
