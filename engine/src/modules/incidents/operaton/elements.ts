import { XMLParser } from 'fast-xml-parser';

/** What an incident view says about the element that failed: its name, and its topic when it is a connector. */
export interface ElementInfo {
  name?: string;
  topic?: string;
}

/**
 * Names and external topics of a deployed model's elements, by id. The engine's incident carries
 * only the element id; an async-before step that failed never started, so its name is in no history
 * row, only in the model.
 */
export function elementsOf(xml: string): Map<string, ElementInfo> {
  const doc: unknown = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml);
  const elements = new Map<string, ElementInfo>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    const id = element['@id'];
    if (typeof id === 'string') {
      const name = typeof element['@name'] === 'string' && element['@name'].trim() ? element['@name'].replace(/\s+/g, ' ').trim() : undefined;
      const topic = typeof element['@topic'] === 'string' ? element['@topic'] : undefined;
      if (name || topic) elements.set(id, { name, topic });
    }
    for (const [key, child] of Object.entries(element)) if (!key.startsWith('@')) walk(child);
  };
  walk(doc);
  return elements;
}

/** Definitions never change once deployed: their elements are read once per definition. */
export class ElementCache {
  private readonly byDefinition = new Map<string, Promise<Map<string, ElementInfo>>>();

  constructor(private readonly xmlOf: (processDefinitionId: string) => Promise<string>) {}

  async get(processDefinitionId: string, elementId: string | null): Promise<ElementInfo> {
    if (!elementId) return {};
    let elements = this.byDefinition.get(processDefinitionId);
    if (!elements) {
      elements = this.xmlOf(processDefinitionId).then(elementsOf);
      // A failed read (engine down) is not cached.
      elements.catch(() => this.byDefinition.delete(processDefinitionId));
      this.byDefinition.set(processDefinitionId, elements);
    }
    return (await elements).get(elementId) ?? {};
  }
}
