/**
 * A user task's due date is zeebe:taskSchedule dueDate: Zeebe 8.5 evaluates it and hands it to the
 * job worker as the io.camunda.zeebe:dueDate header, which the engine's task bridge reads.
 * Three ways to write it; the mode is read back from the stored value, so nothing else is stored.
 */
export type DueMode = 'none' | 'fixed' | 'relative' | 'variable';

const RELATIVE = /^=\s*now\(\)\s*\+\s*duration\("([^"]+)"\)\s*$/;

export function readDue(stored: string | undefined): { mode: DueMode; value: string } {
  if (!stored) return { mode: 'none', value: '' };
  const relative = RELATIVE.exec(stored);
  if (relative) return { mode: 'relative', value: relative[1] };
  if (stored.startsWith('=')) return { mode: 'variable', value: stored.slice(1).trim() };
  return { mode: 'fixed', value: stored };
}

export function writeDue(mode: DueMode, value: string): string | undefined {
  const v = value.trim();
  if (mode === 'none') return undefined;
  if (mode === 'relative') return `=now() + duration("${v || 'P1D'}")`;
  if (mode === 'variable') return v ? `=${v}` : '=caseDueAt';
  return v || undefined;
}
