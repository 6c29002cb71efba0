import type { ElementTemplate } from './job-types';

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
