import { XMLParser } from 'fast-xml-parser';

/** Element names longer than this are cut: a task's display name is a line, not a paragraph. */
const MAX_NAME = 255;

/** Numeric character references the XML parser leaves as they are (a modeler writes a line break in a name as `&#10;`). */
const decodeCharRefs = (text: string) =>
  text.replace(/&#(x[0-9a-f]+|\d+);/gi, (ref, code: string) => {
    const point = code[0].toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : ref;
  });

/**
 * The names a BPMN model gives its elements, by id (`Activity_confirm` → "确认报警"), kept per
 * definition version: a task of an old case keeps the name its version gave it. Elements without a
 * name are left out. The XML was already checked to be well formed.
 */
export function elementNamesOf(xml: string): Record<string, string> {
  const doc: unknown = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: () => false }).parse(xml);
  const names: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    const id = element['@id'];
    const name = element['@name'];
    if (typeof id === 'string' && typeof name === 'string' && name.trim()) names[id] = decodeCharRefs(name).replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
    for (const [key, child] of Object.entries(element)) if (!key.startsWith('@')) walk(child);
  };
  walk(doc);
  return names;
}
