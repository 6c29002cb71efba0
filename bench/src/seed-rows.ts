/**
 * Row generators for the inbox bench: a hotline's cases over ~90 days, their timelines and tasks.
 * Values are arrays in the column order of the *_COLUMNS lists, ready for multi-row INSERTs.
 */
import { audienceOf } from '@careflow/engine/dist/modules/tasks/audience';

export type Value = string | number | Date | null;
export type Row = Value[];

export const GROUPS = ['hotline', 'dispatch', 'nursing', 'meals', 'cleaning', 'medical', 'repairs', 'outreach', 'complaints', 'volunteers'];
export const SERVICE_TYPES = ['meal_delivery', 'home_cleaning', 'medical_escort', 'emergency_call', 'companionship'];
const CHANNELS = ['phone', 'phone', 'phone', 'alarm', 'sms', 'web', 'tv'];
const PRIORITIES: [string, number][] = [['emergency', 0.02], ['high', 0.15], ['normal', 0.7], ['low', 0.13]];
const RANK: Record<string, number> = { emergency: 0, high: 1, normal: 2, low: 3 };
const NOTES = ['case.comment', 'case.urged', 'case.comment', 'case.supervised', 'task.created', 'task.completed'];
const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** The elders the seeded cases are for: `elder-0` … `elder-19999`. */
export const SEEDED_ELDERS = 20_000;
export const CASE_COLUMNS = ['id', 'case_number', 'service_type_key', 'service_type_version', 'process_instance_key', 'channel', 'elder_id', 'priority', 'status', 'opened_by', 'opened_at', 'due_at', 'closed_at', 'satisfaction', 'cancel_reason'];
export const EVENT_COLUMNS = ['id', 'case_id', 'at', 'type', 'actor_id', 'actor_name', 'data'];
export const TASK_COLUMNS = ['id', 'job_key', 'process_instance_key', 'process_definition_key', 'bpmn_process_id', 'element_id', 'element_instance_key', 'form_key', 'assignee', 'candidate_groups', 'candidate_users', 'due_at', 'variables', 'status', 'created_at', 'completed_at', 'completed_by', 'result', 'case_id', 'priority_rank', 'service_type_key', 'draft', 'due_missing', 'audience', 'case_number'];

/** mulberry32: a seeded generator, so two runs seed the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** UUID-shaped ids that grow with n: appends to the primary key instead of splitting random pages. */
export function orderedId(kind: number, n: number): string {
  const hex = (kind * 2 ** 40 + n).toString(16).padStart(12, '0');
  const tail = (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${tail.slice(0, 3)}-8${tail.slice(3, 6)}-${tail.padEnd(12, '0')}`;
}

export interface SeedUser {
  id: string;
  username: string;
}

export interface CaseRows {
  caseRow: Row;
  events: Row[];
  task: Row;
  open: boolean;
  day: string;
  dayNumber: number;
}

/** Builds case i of `total` with `eventCount` timeline entries and its one task. */
export class CaseFactory {
  private readonly rand = prng(20251122);
  private readonly perDay = new Map<string, number>();
  private eventSeq = 0;

  constructor(
    private readonly total: number,
    private readonly users: SeedUser[],
    private readonly now = Date.now(),
    /** The days the cases are spread over, the newest ending now. */
    private readonly days = 90,
  ) {}

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)];
  }

  private priority(): string {
    let r = this.rand();
    for (const [name, share] of PRIORITIES) if ((r -= share) < 0) return name;
    return 'normal';
  }

  build(i: number, eventCount: number): CaseRows {
    // Evenly over the days, oldest first, so numbers grow within a day like the engine's.
    const openedAt = new Date(this.now - this.days * DAY + Math.floor(((i + this.rand() * 0.9) * this.days * DAY) / this.total));
    const day = new Date(openedAt.getTime() + 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, ''); // Asia/Shanghai date
    const dayNumber = (this.perDay.get(day) ?? 0) + 1;
    this.perDay.set(day, dayNumber);
    const r = this.rand();
    const status = r < 0.1 ? 'open' : r < 0.13 ? 'canceled' : 'closed';
    const open = status === 'open';
    const id = orderedId(1, i);
    const priority = this.priority();
    const type = this.pick(SERVICE_TYPES);
    const opener = this.pick(this.users);
    const closedAt = open ? null : new Date(openedAt.getTime() + HOUR + Math.floor(this.rand() * 72 * HOUR));
    const instanceKey = String(2251799813685248 + i * 4);
    const caseRow: Row = [
      id, `GD${day}-${String(dayNumber).padStart(6, '0')}`, type, 1, instanceKey, this.pick(CHANNELS), `elder-${Math.floor(this.rand() * SEEDED_ELDERS)}`,
      priority, status, opener.id, openedAt, new Date(openedAt.getTime() + (priority === 'emergency' ? 2 : 48) * HOUR), closedAt,
      status === 'closed' ? this.pick(['very_satisfied', 'satisfied', 'satisfied', 'neutral', 'unsatisfied']) : null, status === 'canceled' ? 'duplicate call' : null,
    ];
    // The timeline runs from opening to closing (or to now for open cases).
    const end = (closedAt ?? new Date(Math.min(this.now, openedAt.getTime() + 30 * DAY))).getTime();
    const step = Math.max(1, Math.floor((end - openedAt.getTime()) / Math.max(1, eventCount)));
    const events: Row[] = [];
    for (let k = 0; k < eventCount; k++) {
      const last = k === eventCount - 1 && !open && k > 0;
      const kind = k === 0 ? 'case.opened' : last ? (status === 'closed' ? 'case.closed' : 'case.canceled') : this.pick(NOTES);
      const actor = this.pick(this.users);
      const data = k === 0 ? { serviceType: type, version: 1, channel: caseRow[5] } : { text: `${kind} note ${k} on case ${i}` };
      events.push([orderedId(2, this.eventSeq++), id, new Date(openedAt.getTime() + k * step), kind, actor.id, actor.username, JSON.stringify(data)]);
    }
    const createdAt = new Date(openedAt.getTime() + 60_000);
    const groups = this.rand() < 0.85 ? [this.pick(GROUPS)] : [this.pick(GROUPS), this.pick(GROUPS)].filter((g, n, all) => all.indexOf(g) === n);
    const assignee = open && this.rand() < 0.15 ? this.pick(this.users).username : open ? null : opener.username;
    const dueAt = this.rand() < 0.9 ? new Date(createdAt.getTime() + Math.floor((4 + this.rand() * 68) * HOUR)) : null;
    const task: Row = [
      orderedId(3, i), String(4503599627370496 + i), instanceKey, '2251799813685000', `svc_${type}`, 'handle', String(2251799813685249 + i * 4), `${type}-form`,
      assignee, JSON.stringify(groups), '[]', dueAt, JSON.stringify({ caseId: id, caseNumber: caseRow[1], priority }),
      open ? 'created' : status === 'closed' ? 'completed' : 'canceled', createdAt, closedAt, open ? null : opener.id,
      status === 'closed' ? '{"outcome":"done"}' : null, id, RANK[priority], type, null, dueAt === null ? 1 : 0, audienceOf(groups, []), caseRow[1] as string,
    ];
    return { caseRow, events, task, open, day, dayNumber };
  }
}
