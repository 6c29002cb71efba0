/**
 * Every connector's element templates, as the connectors package generates them from its
 * descriptors: the newest (connectors/templates/*.json) and every released version
 * (connectors/templates/versioned/*.json), bundled at build time.
 */
export interface ElementTemplate {
  $schema: string;
  name: string;
  id: string;
  version: number;
  appliesTo: string[];
  properties: Record<string, unknown>[];
}

const files = import.meta.glob<ElementTemplate>('../../../connectors/templates/**/*.json', { eager: true, import: 'default' });

/** Newest and versioned templates, one per id and version (the chooser shows the newest). */
export const CONNECTOR_TEMPLATES: ElementTemplate[] = (() => {
  const byKey = new Map<string, ElementTemplate>();
  for (const t of Object.values(files)) byKey.set(`${t.id}@${t.version}`, t);
  return [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
})();

/** The job type a template writes (its hidden zeebe:taskDefinition type). */
export function jobTypeOf(template: ElementTemplate): string | undefined {
  for (const p of template.properties) {
    const binding = p.binding as { type?: string; property?: string } | undefined;
    if (binding?.type === 'zeebe:taskDefinition' && binding.property === 'type' && typeof p.value === 'string') return p.value;
  }
  return undefined;
}

/** Job types CareFlow works on without a template: the engine's case timeline writer. */
export const ENGINE_JOB_TYPES = ['careflow:case-event:1'];

/** Every job type a connector template or the engine handles. */
export function knownJobTypes(templates = CONNECTOR_TEMPLATES): string[] {
  return [...new Set([...templates.map(jobTypeOf).filter((t): t is string => Boolean(t)), ...ENGINE_JOB_TYPES])].sort();
}
