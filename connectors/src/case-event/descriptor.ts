import { z } from 'zod';
import { jobType, TemplateDescriptor } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';

/** Case events the engine and the web know by name; `closed` also closes the case. */
export const CASE_EVENTS = ['closed', 'sla.warning', 'sla.breached', 'dispatched'] as const;

/** The event choice that lets the analyst type an event name of their own (the `customEvent` input). */
export const CUSTOM_CASE_EVENT = 'other';

/**
 * The engine's own case timeline writer (engine/src/modules/cases/case-event-worker.ts). Only its
 * element template is generated here: the connectors runtime never works on this job type.
 */
export const caseEventTemplate: TemplateDescriptor = {
  id: 'case-event',
  version: 1,
  name: { 'zh-CN': '记录工单事件', en: 'Record case event' },
  description: { 'zh-CN': '在工单时间线上记一笔流程里程碑；事件为“已办结”时同时办结工单。', en: 'Writes a process milestone on the case timeline; the event "closed" also closes the case.' },
  runtimeHeaders: false,
  input: z.object({
    event: field(z.enum([...CASE_EVENTS, CUSTOM_CASE_EVENT]), {
      label: { 'zh-CN': '事件', en: 'Event' },
      header: true,
      value: 'closed',
      choices: {
        closed: { 'zh-CN': '已办结（closed）', en: 'Closed (closed)' },
        'sla.warning': { 'zh-CN': '时限预警（sla.warning）', en: 'SLA warning (sla.warning)' },
        'sla.breached': { 'zh-CN': '已超时（sla.breached）', en: 'SLA breached (sla.breached)' },
        dispatched: { 'zh-CN': '已派单（dispatched）', en: 'Dispatched (dispatched)' },
        [CUSTOM_CASE_EVENT]: { 'zh-CN': '其他（自行填写）', en: 'Other (type it)' },
      },
    }),
    customEvent: field(z.string(), {
      label: { 'zh-CN': '自定义事件名', en: 'Custom event name' },
      description: { 'zh-CN': '小写字母开头，可含字母、数字、点、横线，如 visit.done', en: 'Starts with a lowercase letter; letters, digits, dots, dashes, e.g. visit.done' },
      bindTo: 'event',
      when: { field: 'event', equals: CUSTOM_CASE_EVENT },
    }),
    message: field(z.string().optional(), { label: { 'zh-CN': '说明', en: 'Note' }, description: { 'zh-CN': '写在时间线这一笔上', en: 'Shown with the timeline entry' }, type: 'Text' }),
    satisfaction: field(z.string().optional(), {
      label: { 'zh-CN': '满意度', en: 'Satisfaction' },
      description: { 'zh-CN': '办结时记录：very_satisfied、satisfied、neutral、unsatisfied；不填时取流程变量 satisfaction', en: 'Kept when the case closes; defaults to the process variable satisfaction' },
      feel: 'required',
    }),
  }),
  retries: 3,
};

/** The job type BPMN service tasks use for it; the engine's worker subscribes to this one. */
export const CASE_EVENT_JOB_TYPE = jobType(caseEventTemplate);
