/** What CareFlow reads from an element template; pure, so jest can test it without the bundler. */
export interface ElementTemplate {
  $schema: string;
  name: string;
  id: string;
  version: number;
  appliesTo: string[];
  properties: Record<string, unknown>[];
}

type Binding = { type?: string; name?: string };

/** The external-task topic a Camunda 7 template fixes (its camunda:topic property), if any. */
export function topicOf(template: ElementTemplate): string | undefined {
  for (const p of template.properties) {
    const binding = p.binding as Binding | undefined;
    if (binding?.type === 'property' && binding.name === 'camunda:topic' && typeof p.value === 'string') return p.value;
  }
  return undefined;
}

/** Every topic the templates fix, sorted, once each. */
export function topicsOf(templates: ElementTemplate[]): string[] {
  return [...new Set(templates.map(topicOf).filter((t): t is string => Boolean(t)))].sort();
}

/**
 * What each topic's connector gives back: the names of the template's output parameters (their source
 * `${name}`), for the Camunda 8 import to carry a connector's results on to the process, where a Camunda 8 job put them.
 */
export function connectorOutputsOf(templates: ElementTemplate[]): Record<string, string[]> {
  const outputs: Record<string, string[]> = {};
  for (const template of templates) {
    const topic = topicOf(template);
    if (!topic) continue;
    const names = template.properties
      .map((p) => p.binding as { type?: string; source?: string } | undefined)
      .map((b) => (b?.type === 'camunda:outputParameter' ? /^\$\{(\w+)\}$/.exec(b.source ?? '')?.[1] : undefined))
      .filter((n): n is string => Boolean(n));
    outputs[topic] = [...new Set([...(outputs[topic] ?? []), ...names])];
  }
  return outputs;
}
