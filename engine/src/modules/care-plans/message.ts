import type { CareKind, Gender } from '@careflow/contracts';

/** What a kind says when its plan has no message of its own (zh-CN, read out by the robot or shown to the agent or worker). */
const DEFAULT_MESSAGES: Record<CareKind, string> = {
  care_call: '{称呼}您好，这里是养老服务热线，今天身体还好吗？一切都好请按 1，需要帮助请按 2。',
  birthday: '{姓名}{称呼}，热线全体工作人员祝您生日快乐、身体健康！听到请按 1，需要帮助请按 2。',
  reminder: '{称呼}您好，提醒您：{事项}。知道了请按 1，需要帮助请按 2。',
  medication: '{称呼}您好，到吃药的时间了，请按时服药：{事项}。知道了请按 1，需要帮助请按 2。',
  home_visit: '上门探视 {姓名}',
};

/** A medication reminder that names no medicine. */
const PLAIN_MEDICATION = '{称呼}您好，到吃药的时间了，请按时服药。知道了请按 1，需要帮助请按 2。';

type Template = { kind: CareKind; message: string; subject: string };

/** The template an occurrence reads out: the plan's own, or its kind's. */
export const templateOf = (plan: Template) => plan.message || (plan.kind === 'medication' && !plan.subject ? PLAIN_MEDICATION : DEFAULT_MESSAGES[plan.kind]);

/** Whether the template reads out the plan's subject and the plan has none. */
export const lacksSubject = (plan: Template) => !plan.subject && templateOf(plan).includes('{事项}');

/** How the robot addresses the elder: 爷爷 or 奶奶 by gender. */
const salutation = (gender: Gender | null) => (gender === 'male' ? '爷爷' : gender === 'female' ? '奶奶' : '老人家');

/** A day as it is read out: 3月2日. */
const spokenDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/**
 * The message with its placeholders filled. Plain replacement of the four known names: nothing in
 * the template is evaluated, and a name the template does not use is simply not there.
 */
export function renderMessage(plan: Template, elder: { name: string; gender: Gender | null }, day: string): string {
  const values: Record<string, string> = { 姓名: elder.name, 称呼: salutation(elder.gender), 事项: plan.subject, 日期: spokenDay(day) };
  return templateOf(plan).replace(/\{(姓名|称呼|事项|日期)\}/g, (_, name: string) => values[name]);
}
