import { z } from 'zod';
import { ConnectorBpmnError } from '../runtime/errors';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';

/**
 * The sample connector: hands its input back as output. It proves a service task's round trip
 * (input mapping → worker → output variables) and shows how BPMN errors are raised.
 */
export const echoConnector = defineConnector({
  id: 'echo',
  version: 1,
  name: { 'zh-CN': '回声（示例）', en: 'Echo (sample)' },
  description: {
    'zh-CN': '把输入的消息原样返回，用于验证流程与连接器的连通。',
    en: 'Returns the message it is given; used to check that processes reach connectors.',
  },
  input: z.object({
    message: field(z.string().min(1).max(1000), { label: { 'zh-CN': '消息', en: 'Message' }, type: 'Text' }),
    /** When set, the connector raises this BPMN error instead of answering. */
    raiseErrorCode: field(z.string().regex(/^[\w-]{1,64}$/).optional(), { label: { 'zh-CN': '抛出的 BPMN 错误码', en: 'BPMN error code to raise' } }),
  }),
  output: { echo: { 'zh-CN': '回声结果（message、jobKey、at）', en: 'The echo (message, jobKey, at)' } },
  run: async (input, { job }) => {
    if (input.raiseErrorCode) throw new ConnectorBpmnError(input.raiseErrorCode, `Echo was asked to raise ${input.raiseErrorCode}`);
    return { echo: { message: input.message, jobKey: job.key, at: new Date().toISOString() } };
  },
});
