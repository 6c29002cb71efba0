import type { ConnectorContext } from '../runtime/context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorBpmnError } from '../runtime/errors';
import { sendSms } from '../sms/send';

export interface NotifyInput {
  users: string[];
  groups: string[];
  /** The supervisors among these groups' members: a department's head. */
  groupHeads: string[];
  title: string;
  body: string;
  level: 'info' | 'warning' | 'urgent';
  sms: boolean;
}

interface Recipient {
  userId: string;
  username: string;
  phone: string | null;
}

/**
 * Stores one notification per recipient (the engine pushes it live), keyed by the job so a retry
 * sends nothing twice; with `sms`, each recipient with a phone gets the title and body by SMS.
 */
export async function notifyUsers(input: NotifyInput, ctx: ConnectorContext, deps: { sendSms: typeof sendSms } = { sendSms }) {
  const { sms, groupHeads, ...rest } = input;
  const message = { ...rest, ...(groupHeads.length > 0 ? { groupHeads } : {}) };
  const sent = await ctx.once('notify', async () => {
    try {
      const res = await ctx.engine.post<{ recipients: Recipient[] }>('/api/notifications', { key: ctx.job.idempotencyKey, ...(ctx.caseId ? { caseId: ctx.caseId } : {}), ...message });
      return { recipients: res.recipients.map(({ userId, username, phone }) => ({ userId, username, phone })) };
    } catch (error) {
      // Unknown users or groups: the model names recipients that do not exist, which the process may handle.
      if (error instanceof EngineRequestError && error.status === 400) throw new ConnectorBpmnError('NO_RECIPIENT', error.message);
      throw error;
    }
  });
  ctx.note({ what: 'notification.sent', to: sent.recipients.map((r) => r.username), result: input.level });
  let texts = 0;
  if (sms) {
    const content = input.body ? `${input.title}：${input.body}` : input.title;
    for (const r of sent.recipients.filter((r) => r.phone)) {
      try {
        await deps.sendSms(ctx, { phone: r.phone as string, content, recipientName: r.username });
        texts += 1;
      } catch (error) {
        // One rate-limited phone does not undo the in-app notification for everyone.
        if (!(error instanceof ConnectorBpmnError)) throw error;
        ctx.note({ what: 'notification.sms_skipped', to: [r.username], result: error.errorCode });
      }
    }
  }
  return { notification: { recipients: sent.recipients.length, sms: texts } };
}
