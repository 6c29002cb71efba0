import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser } from '../identity/entities';
import { MessageService } from '../messages/service';
import { belongsTo } from '../providers/access';
import { StaffEntity } from '../providers/staff-entities';
import { Dispatch, DispatchEntity, DispatchStatus } from './entities';

export type Answer = { action: 'accept'; staffId?: string } | { action: 'reject'; reason: string } | { action: 'done' } | { action: 'expire' };

const NEXT: Record<Answer['action'], { from: DispatchStatus[]; to: DispatchStatus; message?: string }> = {
  accept: { from: ['dispatched'], to: 'accepted', message: 'provider.accepted' },
  reject: { from: ['dispatched'], to: 'rejected', message: 'provider.rejected' },
  done: { from: ['accepted'], to: 'done' },
  expire: { from: ['dispatched'], to: 'expired' },
};

/**
 * A provider's answer to an order (accept, reject, done) or its expiry. Accepting or rejecting
 * publishes `provider.accepted` / `provider.rejected` with the dispatch id as correlation key,
 * through the message service so it is recorded once; the same answer again changes nothing. Each
 * move is audited (`dispatch.accept`…) with the status before and after, whether a user or a
 * provider's webhook answered.
 */
export class DispatchAnswers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessageService,
    private readonly audit: AuditLog,
  ) {}

  async answer(dispatch: Dispatch, answer: Answer, actor: Actor & { id: string }): Promise<Dispatch> {
    const step = NEXT[answer.action];
    // A repeat (a double click, a webhook sent again) publishes nothing new: the message id is the same.
    if (dispatch.status === step.to) return this.announce(dispatch, step.message, actor);
    if (!step.from.includes(dispatch.status)) throw errors.conflict(`Dispatch ${dispatch.id} is ${dispatch.status}: it cannot be ${step.to}`);
    const staffId = answer.action === 'accept' ? (answer.staffId ?? null) : dispatch.staffId;
    if (staffId && staffId !== dispatch.staffId) {
      const staff = await this.dataSource.getRepository(StaffEntity).findOneBy({ id: staffId, providerId: dispatch.providerId });
      if (!staff || staff.status !== 'active') throw errors.invalidInput([{ path: 'staffId', message: `no active staff ${staffId} of this provider` }]);
    }
    const reason = answer.action === 'reject' ? answer.reason : dispatch.reason;
    const next: Dispatch = { ...dispatch, status: step.to, staffId, reason, updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      const moved = await m.getRepository(DispatchEntity).update({ id: dispatch.id, status: dispatch.status }, { status: next.status, staffId, reason, updatedAt: next.updatedAt });
      if (!moved.affected) throw errors.conflict(`Dispatch ${dispatch.id} changed meanwhile; load it again`);
      const before = { status: dispatch.status, staffId: dispatch.staffId };
      await this.audit.record(actor, { action: `dispatch.${answer.action}`, entityType: 'dispatch', entityId: dispatch.id, before, after: { status: next.status, staffId, ...(reason ? { reason } : {}) } }, m);
    });
    return this.announce(next, step.message, actor);
  }

  /** Tells the waiting process; after a failed publish (the process engine down) the answer sent again publishes it. */
  private async announce(d: Dispatch, message: string | undefined, actor: Actor & { id: string }): Promise<Dispatch> {
    if (!message) return d;
    const variables = { dispatch: { id: d.id, status: d.status, providerId: d.providerId, staffId: d.staffId, ...(d.reason ? { reason: d.reason } : {}) } };
    await this.messages.publish({ name: message, correlationKey: d.id, messageId: `${message}:${d.id}`, variables, timeToLiveSeconds: 24 * 3600 }, actor);
    return d;
  }
}

/** Accepting and rejecting are for the provider's own people. */
export function requireProviderUser(user: PublicUser, dispatch: Dispatch): void {
  if (!belongsTo(user, dispatch.providerId)) throw errors.forbidden('Only the provider’s own users answer its orders');
}
