import { isoDuration } from '@careflow/contracts';
import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { dispatchToProvider } from './run';

const Code = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);

const inputV1 = {
  serviceItem: field(Code, { label: { 'zh-CN': '服务项目编码', en: 'Service item code' } }),
  areaCode: field(Code.max(32), { label: { 'zh-CN': '服务区域编码', en: 'Area code' } }),
  providerId: field(z.string().min(1).max(36).optional(), { label: { 'zh-CN': '指定服务商（可选）', en: 'Provider (optional)' } }),
  note: field(z.string().max(500).optional(), { label: { 'zh-CN': '派单说明', en: 'Note to the provider' }, type: 'Text' }),
  acceptWithin: field(isoDuration.optional(), {
    label: { 'zh-CN': '接单时限（可选）', en: 'Time to answer (optional)' },
    description: { 'zh-CN': 'ISO 8601 时长，如 PT30M；与接单超时定时器相同，服务商门户据此显示倒计时。', en: 'An ISO 8601 duration such as PT30M, as the accept timer has it; the provider portal counts down to it.' },
  }),
  workWithin: field(isoDuration.optional(), {
    label: { 'zh-CN': '服务时限（可选）', en: 'Time to finish (optional)' },
    description: { 'zh-CN': 'ISO 8601 时长，如 PT24H；接单后开始计时，与服务超时定时器相同。', en: 'An ISO 8601 duration such as PT24H, counted from acceptance, as the work timer has it.' },
  }),
};
const common = {
  id: 'dispatch',
  name: { 'zh-CN': '派单给服务商', en: 'Dispatch to a provider' },
  description: {
    'zh-CN': '按服务项目、服务区域、在办工单与容量、评分选择服务商（或指定服务商），生成派单（含接单与服务时限），并通过门户站内通知、短信和签名 Webhook 通知服务商。',
    en: 'Chooses a provider by service item, area served, open orders against capacity and rating (or uses the one named), records the dispatch with its answer and work deadlines, and tells the provider through in-app notices, SMS and a signed webhook.',
  },
  output: { dispatch: { 'zh-CN': '派单：id、服务商 id 与名称', en: 'The dispatch: id, provider id and name' } },
  errors: {
    NO_PROVIDER: { 'zh-CN': '没有可接单的服务商', en: 'No provider can take the order' },
    PROVIDER_UNAVAILABLE: { 'zh-CN': '指定的服务商不能接单', en: 'The named provider cannot take the order' },
  },
};

/** 派单 version 1 (released): kept so that published models using it run on. */
export const dispatchConnectorV1 = defineConnector({ ...common, version: 1, input: z.object(inputV1), run: (input, ctx) => dispatchToProvider(input, ctx) });

/** 派单: chooses a provider (or takes the one named), records the order and tells the provider; a 上门探视 asks the worker what they found. */
export const dispatchConnector = defineConnector({
  ...common,
  version: 2,
  input: z.object({
    ...inputV1,
    asksVisitResult: field(z.boolean().default(false), {
      label: { 'zh-CN': '完成时填写探视结果', en: 'Ask the visit result on finishing' },
      description: {
        'zh-CN': '上门探视：工作人员完成时须选择老人平安、需要帮助或未找到（未找到即启动紧急救助），结果随 provider.done 的 dispatch.visitResult 回到流程。',
        en: 'A home visit: the worker picks fine, needs help or not found when finishing (not found opens an emergency rescue); the result comes back as dispatch.visitResult with provider.done.',
      },
      type: 'Boolean',
    }),
  }),
  run: (input, ctx) => dispatchToProvider(input, ctx),
});
