import type { FormSchema } from '../../api/forms';

/** What changed between two versions of a form, by data field path. */
export interface SchemaDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Data fields by path (containers looked through, as the server does), each with its own schema minus its children. */
function fieldsOf(node: Json, base: string, out: Map<string, string>): Map<string, string> {
  const properties = isObject(node.properties) ? node.properties : {};
  for (const [name, child] of Object.entries(properties)) {
    if (!isObject(child)) continue;
    const path = child.type === 'void' ? base : base ? `${base}.${name}` : name;
    if (child.type !== 'void') {
      const { properties: _p, items, ...own } = child;
      out.set(path, JSON.stringify(own));
      if (isObject(items)) fieldsOf(items, `${path}[]`, out);
    }
    fieldsOf(child, path, out);
  }
  return out;
}

export function diffSchemas(before: FormSchema, after: FormSchema): SchemaDiff {
  const a = fieldsOf(before, '', new Map());
  const b = fieldsOf(after, '', new Map());
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    changed: [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k)),
  };
}
