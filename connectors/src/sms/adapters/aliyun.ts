import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { SmsSettings } from '../../config';
import { SmsAdapter, SmsRejectedError } from './types';

/** Codes that mean "not now" rather than "not this message" (flow control, platform trouble). */
const TRANSIENT = new Set(['isv.BUSINESS_LIMIT_CONTROL', 'isp.SYSTEM_ERROR', 'isv.OUT_OF_SERVICE', 'SignatureNonceUsed', 'Throttling.User']);

/** The SendSms request for one message: a mapped template with its parameters, else the generic `${content}` one. */
export function sendSmsRequest(settings: SmsSettings['aliyun'], message: { phone: string; content: string; templateKey?: string | null; params?: Record<string, string> | null; id: string }) {
  const mapped = message.templateKey ? settings.templateCodes[message.templateKey] : undefined;
  return new SendSmsRequest({
    phoneNumbers: message.phone,
    signName: settings.signName,
    templateCode: mapped ?? settings.templateCode,
    templateParam: JSON.stringify(mapped ? (message.params ?? {}) : { content: message.content }),
    // Alibaba Cloud echoes OutId in its receipts: our outbox id.
    outId: message.id,
  });
}

/** Alibaba Cloud SMS (dysmsapi 2017-05-25 SendSms); `endpoint` may be host:port, and http:// for a local stand-in. */
export function aliyunAdapter(settings: SmsSettings['aliyun']): SmsAdapter {
  const plain = settings.endpoint.startsWith('http://');
  const client = new Dysmsapi(
    new $OpenApiUtil.Config({
      accessKeyId: settings.accessKeyId,
      accessKeySecret: settings.accessKeySecret,
      endpoint: settings.endpoint.replace(/^https?:\/\//, ''),
      protocol: plain ? 'http' : 'https',
      readTimeout: 10_000,
      connectTimeout: 5_000,
    }),
  );
  return {
    name: 'aliyun',
    async send(message) {
      if (!settings.signName || !(settings.templateCode || (message.templateKey && settings.templateCodes[message.templateKey]))) {
        throw new Error('The aliyun SMS adapter needs SMS_ALIYUN_SIGN_NAME and a template code');
      }
      const response = await client.sendSms(sendSmsRequest(settings, message)).catch((error: { code?: string; statusCode?: number; message?: string }) => {
        // The SDK throws for HTTP errors: a 4xx naming a code (bad key, bad parameter) will not pass on retry.
        const status = error.statusCode ?? 0;
        if (status >= 400 && status < 500 && status !== 429 && !TRANSIENT.has(error.code ?? '')) throw new SmsRejectedError(`Alibaba Cloud SMS: ${error.code ?? status} ${error.message ?? ''}`.trim());
        throw error;
      });
      const body = response.body;
      if (body?.code === 'OK') return { providerMessageId: body.bizId ?? null };
      const why = `Alibaba Cloud SMS: ${body?.code ?? 'no code'} ${body?.message ?? ''}`.trim();
      if (!body?.code || TRANSIENT.has(body.code)) throw new Error(why);
      throw new SmsRejectedError(why);
    },
  };
}
