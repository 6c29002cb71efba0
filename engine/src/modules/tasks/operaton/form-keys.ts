import { XMLParser } from 'fast-xml-parser';
import { OperatonRest } from '../../../operaton/rest';

const CACHE_LIMIT = 500;
const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, attributeNamePrefix: '@' });

/**
 * The form keys a deployed model gives its user tasks, for tasks that ended before CareFlow read
 * them (the engine resolves a form key only for an open task). A key written as an expression is
 * left out: only the open task knows its value. A deployed definition never changes: cached.
 */
export class ModelFormKeys {
  private readonly cache = new Map<string, Promise<Map<string, string>>>();

  constructor(private readonly rest: OperatonRest) {}

  async formKeyOf(processDefinitionId: string, elementId: string): Promise<string | null> {
    let keys = this.cache.get(processDefinitionId);
    if (!keys) {
      keys = this.read(processDefinitionId);
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(processDefinitionId, keys);
      keys.catch(() => this.cache.delete(processDefinitionId));
    }
    return (await keys).get(elementId) ?? null;
  }

  private async read(processDefinitionId: string): Promise<Map<string, string>> {
    const { bpmn20Xml } = await this.rest.get<{ bpmn20Xml: string }>(`/process-definition/${encodeURIComponent(processDefinitionId)}/xml`);
    const keys = new Map<string, string>();
    collect(parser.parse(bpmn20Xml), keys);
    return keys;
  }
}

function collect(node: unknown, keys: Map<string, string>): void {
  if (Array.isArray(node)) return node.forEach((n) => collect(n, keys));
  if (typeof node !== 'object' || node === null) return;
  for (const [name, child] of Object.entries(node)) {
    if (name === 'userTask') for (const task of [child].flat() as Record<string, unknown>[]) {
      const key = task['@formKey'];
      if (typeof task['@id'] === 'string' && typeof key === 'string' && !key.includes('{')) keys.set(task['@id'], key);
    }
    if (!name.startsWith('@')) collect(child, keys);
  }
}
