/** What CareFlow reads from an element template; pure, so jest can test it without the bundler. */
export interface ElementTemplate {
  $schema: string;
  name: string;
  id: string;
  version: number;
  appliesTo: string[];
  properties: Record<string, unknown>[];
}

/** The job type a template writes (its hidden zeebe:taskDefinition type). */
export function jobTypeOf(template: ElementTemplate): string | undefined {
  for (const p of template.properties) {
    const binding = p.binding as { type?: string; property?: string } | undefined;
    if (binding?.type === 'zeebe:taskDefinition' && binding.property === 'type' && typeof p.value === 'string') return p.value;
  }
  return undefined;
}

/** Every job type a template fixes: the connectors' and the engine's own (careflow:case-event:1). */
export function jobTypesOf(templates: ElementTemplate[]): string[] {
  return [...new Set(templates.map(jobTypeOf).filter((t): t is string => Boolean(t)))].sort();
}
