import { z } from 'zod';
import { defineConnector } from '../runtime/descriptor';
import { field } from '../runtime/template-fields';
import { callHttp } from './run';

const Json = z.union([z.string().max(100_000), z.record(z.string(), z.unknown()), z.array(z.unknown())]);

/** 通用 HTTP: one REST call to a partner, with templated URL, headers and body and a result mapping. */
export const httpConnector = defineConnector({
  id: 'http',
  version: 1,
  name: { 'zh-CN': '通用 HTTP 调用', en: 'HTTP call' },
  description: {
    'zh-CN': '调用外部 REST 接口：URL、请求头和请求体可用 {{变量}} 占位，密钥写作 {{secrets.名称}}；4xx 作为 BPMN 错误 HTTP_<状态码>，5xx 与网络错误自动重试。',
    en: 'Calls a REST API: URL, headers and body may hold {{variable}} placeholders and {{secrets.NAME}}; a 4xx is the BPMN error HTTP_<status>, a 5xx or network error is retried.',
  },
  input: z.object({
    method: field(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'), { label: { 'zh-CN': '方法', en: 'Method' }, type: 'Dropdown' }),
    url: field(z.string().min(1).max(2000).regex(/^https?:\/\//i, 'an http(s) URL'), { label: { 'zh-CN': 'URL', en: 'URL' } }),
    headers: field(z.record(z.string().regex(/^[A-Za-z0-9-]{1,64}$/), z.string().max(4000)).default({}), { label: { 'zh-CN': '请求头', en: 'Headers' } }),
    body: field(Json.optional(), { label: { 'zh-CN': '请求体（模板或 JSON）', en: 'Body (template or JSON)' }, type: 'Text' }),
    resultMapping: field(z.record(z.string().regex(/^[A-Za-z_]\w{0,63}$/), z.string().max(200)).default({}), {
      label: { 'zh-CN': '结果映射（变量 → JSON 指针）', en: 'Result mapping (variable → JSON pointer)' },
    }),
    timeoutSeconds: field(z.number().int().min(1).max(120).default(30), { label: { 'zh-CN': '超时（秒）', en: 'Timeout (seconds)' }, type: 'Number' }),
  }),
  output: { response: { 'zh-CN': '无映射时：状态码与响应体', en: 'Without a mapping: status and body' } },
  errors: { 'HTTP_<status>': { 'zh-CN': '对方返回 4xx（如 HTTP_404）', en: 'The partner answered 4xx (e.g. HTTP_404)' } },
  timeoutMs: 150_000,
  run: (input, ctx) => callHttp(input, ctx),
});
