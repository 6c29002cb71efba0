import { jobTypesOf, type ElementTemplate } from './job-types';

export { jobTypeOf, type ElementTemplate } from './job-types';

/**
 * Every connector's element templates (and the engine's case-event worker's), as the connectors
 * package generates them from its descriptors: the newest (connectors/templates/*.json) and every
 * released version (connectors/templates/versioned/*.json), bundled at build time.
 */
// Not templates/c7/: those are the Camunda 7 (Operaton) templates, for when the modeler moves to camunda: BPMN.
const files = import.meta.glob<ElementTemplate>(['../../../connectors/templates/*.json', '../../../connectors/templates/versioned/*.json'], { eager: true, import: 'default' });

/** Newest and versioned templates, one per id and version (the chooser shows the newest). */
export const CONNECTOR_TEMPLATES: ElementTemplate[] = (() => {
  const byKey = new Map<string, ElementTemplate>();
  for (const t of Object.values(files)) byKey.set(`${t.id}@${t.version}`, t);
  return [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
})();

/** Every job type a template fixes. */
export const knownJobTypes = (templates = CONNECTOR_TEMPLATES): string[] => jobTypesOf(templates);
