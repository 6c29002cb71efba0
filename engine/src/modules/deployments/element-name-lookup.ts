import { DataSource } from 'typeorm';
import { ProcessDefinitionEntity } from './entities';

/** Most process definitions a running engine keeps names of; a deployed definition never changes. */
const CACHE_LIMIT = 500;

/** Display names of BPMN elements by process definition key, read once per definition. */
export class ElementNameLookup {
  private readonly cache = new Map<string, Record<string, string>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The element's name, or null when the model gives it none or was deployed outside CareFlow. */
  async nameOf(processDefinitionKey: string, elementId: string): Promise<string | null> {
    let names = this.cache.get(processDefinitionKey);
    if (!names) {
      const found = await this.dataSource.getRepository(ProcessDefinitionEntity).findOneBy({ processDefinitionKey });
      if (!found) return null;
      names = found.elementNames;
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(processDefinitionKey, names);
    }
    return names[elementId] ?? null;
  }
}
