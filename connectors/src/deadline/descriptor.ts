import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { computeDeadline } from './run';

// Process variables often arrive as text (a `default.` property, a form's number field): both are taken.
const count = (max: number) => z.coerce.number().int().min(1).max(max);

/** 办理时限: a step's due time in working days on the business calendar, and when to urge. */
export const deadlineConnector = defineConnector({
  id: 'deadline',
  version: 1,
  name: { 'zh-CN': '计算办理时限', en: 'Compute a deadline' },
  description: {
    'zh-CN': '按工作日历（法定节假日、调休工作日）从现在起算若干个工作日的办理时限，并按比例算出催办时间；结果 deadline.dueAt 可用作任务的到期时间和督办定时器，deadline.urgeAt 用作催办定时器。',
    en: 'A due time some working days from now on the business calendar (public holidays and exchanged working days), and an urge time at a share of it; use deadline.dueAt as a task’s due date and the supervise timer, deadline.urgeAt as the urge timer.',
  },
  input: z.object({
    workingDays: field(count(365), { label: { 'zh-CN': '工作日数', en: 'Working days' } }),
    urgePercent: field(count(99).optional(), { label: { 'zh-CN': '催办时点（时限的百分比，可选）', en: 'Urge at (percent of the time, optional)' } }),
  }),
  output: { deadline: { 'zh-CN': '{ dueAt, urgeAt }：办理时限和催办时间（ISO 时间）', en: '{ dueAt, urgeAt }: the due time and the urge time (ISO)' } },
  errors: {},
  run: (input, ctx) => computeDeadline(input, ctx),
});
