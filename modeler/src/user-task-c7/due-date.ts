/**
 * A Camunda 7 user task's due (or follow-up) date is one attribute the engine resolves when the task
 * is created: an ISO 8601 date-time, an ISO 8601 duration from creation (a string starting with P,
 * read by Operaton's due-date business calendar) or an expression `${variable}` naming a process
 * variable that holds a date or such a string. The mode is read back from the stored value.
 */
export type DueMode = 'none' | 'fixed' | 'relative' | 'variable';

const EXPRESSION = /^[$#]\{\s*(.*?)\s*\}$/s;

export function readDue(stored: string | undefined): { mode: DueMode; value: string } {
  const v = stored?.trim();
  if (!v) return { mode: 'none', value: '' };
  const expression = EXPRESSION.exec(v);
  if (expression) return { mode: 'variable', value: expression[1] };
  if (v.startsWith('P')) return { mode: 'relative', value: v };
  return { mode: 'fixed', value: v };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Tomorrow 18:00 in the browser's time zone, as ISO 8601 with its offset: what a fixed date starts from. */
export function tomorrowEvening(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 18);
  const offset = -d.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T18:00:00${zone}`;
}

/**
 * The attribute's value for a mode and what the analyst typed; undefined removes the attribute.
 * An empty value takes the mode's default, so the mode (read back from the value) sticks.
 */
export function writeDue(mode: DueMode, value: string, now = new Date()): string | undefined {
  const v = value.trim();
  if (mode === 'none') return undefined;
  if (mode === 'relative') return v || 'P1D';
  if (mode === 'variable') return `\${${v.replace(/^[$#]\{\s*|\s*\}$/g, '') || 'caseDueAt'}}`;
  return v || tomorrowEvening(now);
}
