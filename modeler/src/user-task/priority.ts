import type { DiagramElement, ModdleElement } from '../types';
import { EditServices, findExtension, setExtension } from './extensions';

/**
 * A task's priority is an input mapping `priority` on the user task: the engine's task bridge ranks
 * a task by its job's `priority` variable, and a local input shadows the case's for this task only.
 */
const TARGET = 'priority';
const LITERAL = /^="(emergency|high|normal|low)"$/;

const inputsOf = (io: ModdleElement | undefined) => (io?.get('inputParameters') as ModdleElement[] | undefined) ?? [];

export function readPriority(element: DiagramElement): string {
  const input = inputsOf(findExtension(element, 'zeebe:IoMapping')).find((i) => i.get('target') === TARGET);
  return LITERAL.exec(String(input?.get('source') ?? ''))?.[1] ?? '';
}

/** '' removes the mapping: the task takes the case's priority. */
export function writePriority(s: EditServices, element: DiagramElement, priority: string): void {
  const existing = findExtension(element, 'zeebe:IoMapping');
  const others = inputsOf(existing).filter((i) => i.get('target') !== TARGET);
  if (!priority && !existing) return;
  const io = existing ?? setExtension(s, element, 'zeebe:IoMapping', {});
  const next = [...others];
  if (priority) {
    const input = s.bpmnFactory.create('zeebe:Input', { source: `="${priority}"`, target: TARGET });
    input.$parent = io;
    next.push(input);
  }
  s.modeling.updateModdleProperties(element, io, { inputParameters: next });
}
