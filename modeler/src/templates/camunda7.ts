import { topicsOf, type ElementTemplate } from './topics';

export { topicOf } from './topics';

/**
 * The connectors' element templates in the Camunda 7 format (connectors/templates/c7/, generated
 * from the descriptors, newest and versioned), bundled at build time; one per id and version.
 */
const files = import.meta.glob<ElementTemplate>('../../../connectors/templates/c7/**/*.json', { eager: true, import: 'default' });

export const CAMUNDA7_CONNECTOR_TEMPLATES: ElementTemplate[] = (() => {
  const byKey = new Map<string, ElementTemplate>();
  for (const t of Object.values(files)) byKey.set(`${t.id}@${t.version}`, t);
  return [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
})();

/** Every external-task topic a Camunda 7 template fixes. */
export const knownTopics = (templates = CAMUNDA7_CONNECTOR_TEMPLATES): string[] => topicsOf(templates);
