import type { VisitResult } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { Variables } from '../../operaton/json';
import { Actor, AuditLog } from '../audit/service';
import { StoredFileEntity } from '../files/entities';
import { PublicUser, UserEntity } from '../identity/entities';
import { MessageService } from '../messages/service';
import { belongsTo } from '../providers/access';
import { StaffEntity } from '../providers/staff-entities';
import { Dispatch, DispatchEntity, DispatchStatus } from './entities';

export type Answer =
  | { action: 'accept'; staffId?: string }
  | { action: 'reject'; reason: string }
  | { action: 'start'; photoFileId?: string }
  | { action: 'finish'; photoFileId: string; proof?: string; note?: string; visitResult?: VisitResult }
  | { action: 'done' }
  | { action: 'expire' };

const NEXT: Record<Answer['action'], { from: DispatchStatus[]; to: DispatchStatus; message?: string }> = {
  accept: { from: ['dispatched'], to: 'accepted', message: 'provider.accepted' },
  reject: { from: ['dispatched'], to: 'rejected', message: 'provider.rejected' },
  // The worker starts an accepted order and finishes a started one: finishing needs the start first.
  start: { from: ['accepted'], to: 'started', message: 'provider.started' },
  finish: { from: ['started'], to: 'done', message: 'provider.done' },
  // Done without a visit's record, for the callers from before start and finish.
  done: { from: ['accepted'], to: 'done' },
  expire: { from: ['dispatched'], to: 'expired' },
};

/** What an answer changes besides the status. */
type Changes = Pick<Dispatch, 'staffId' | 'reason' | 'acceptedAt' | 'startedAt' | 'finishedAt' | 'photoFileIds' | 'proof' | 'workNote' | 'visitResult'>;

/**
 * Runs when an order is finished, before the waiting process is told: what it returns joins the
 * `dispatch` the message carries (a 上门探视 not finding the elder opens 紧急救助 and names it).
 * It runs again when the same finish is sent again, so it must be idempotent.
 */
export type FinishHook = (dispatch: Dispatch, actor: Actor & { id: string }) => Promise<Variables>;

/**
 * A provider's answer to an order (accept, reject, start, finish, done) or its expiry. Accepting,
 * rejecting, starting or finishing publishes `provider.accepted` / `provider.rejected` /
 * `provider.started` / `provider.done` with the dispatch id as correlation key, through the message
 * service so it is recorded once; the same answer again changes nothing. Each move is audited
 * (`dispatch.accept`…) with the status before and after, whether a user or a provider's webhook answered.
 */
export class DispatchAnswers {
  private readonly finishHooks: FinishHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessageService,
    private readonly audit: AuditLog,
  ) {}

  /** Another module's step on every finished order (see FinishHook). */
  onFinish(hook: FinishHook): void {
    this.finishHooks.push(hook);
  }

  async answer(dispatch: Dispatch, answer: Answer, actor: Actor & { id: string }): Promise<Dispatch> {
    const step = NEXT[answer.action];
    // A repeat (a double click, a webhook sent again) publishes nothing new: the message id is the same.
    if (dispatch.status === step.to) return this.announce(dispatch, step.message, actor);
    if (!step.from.includes(dispatch.status)) throw errors.conflict(`Dispatch ${dispatch.id} is ${dispatch.status}: it cannot be ${step.to}`);
    const changes = await this.changesOf(dispatch, answer);
    const next: Dispatch = { ...dispatch, ...changes, status: step.to, updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      const moved = await m.getRepository(DispatchEntity).update({ id: dispatch.id, status: dispatch.status }, asRow<Dispatch>({ ...changes, status: next.status, updatedAt: next.updatedAt }));
      if (!moved.affected) throw errors.conflict(`Dispatch ${dispatch.id} changed meanwhile; load it again`);
      const before = { status: dispatch.status, staffId: dispatch.staffId };
      await this.audit.record(actor, { action: `dispatch.${answer.action}`, entityType: 'dispatch', entityId: dispatch.id, before, after: auditedAfter(next, answer) }, m);
    });
    return this.announce(next, step.message, actor);
  }

  private async changesOf(d: Dispatch, answer: Answer): Promise<Changes> {
    const kept: Changes = { staffId: d.staffId, reason: d.reason, acceptedAt: d.acceptedAt, startedAt: d.startedAt, finishedAt: d.finishedAt, photoFileIds: d.photoFileIds, proof: d.proof, workNote: d.workNote, visitResult: d.visitResult };
    const photos = (id: string | undefined) => (id ? [...(d.photoFileIds ?? []), id] : d.photoFileIds);
    switch (answer.action) {
      case 'accept': {
        const staffId = answer.staffId ?? null;
        if (staffId && staffId !== d.staffId) {
          const staff = await this.dataSource.getRepository(StaffEntity).findOneBy({ id: staffId, providerId: d.providerId });
          if (!staff || staff.status !== 'active') throw errors.invalidInput([{ path: 'staffId', message: `no active staff ${staffId} of this provider` }]);
        }
        return { ...kept, staffId, acceptedAt: new Date() };
      }
      case 'reject':
        return { ...kept, reason: answer.reason };
      case 'start':
        if (answer.photoFileId) await this.requirePhoto(answer.photoFileId, d.providerId);
        return { ...kept, startedAt: new Date(), photoFileIds: photos(answer.photoFileId) };
      case 'finish':
        requireVisitResult(d, answer.visitResult);
        await this.requirePhoto(answer.photoFileId, d.providerId);
        return { ...kept, finishedAt: new Date(), photoFileIds: photos(answer.photoFileId), proof: answer.proof ?? null, workNote: answer.note || null, visitResult: answer.visitResult ?? null };
      default:
        return kept;
    }
  }

  /** A photo of the visit is an image a user of the order's provider uploaded. */
  private async requirePhoto(fileId: string, providerId: string): Promise<void> {
    const file = await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id: fileId });
    const uploader = file ? await this.dataSource.getRepository(UserEntity).findOneBy({ id: file.createdBy }) : null;
    if (!file || !file.type.startsWith('image/') || uploader?.providerId !== providerId) {
      throw errors.invalidInput([{ path: 'photoFileId', message: `no photo ${fileId} uploaded by this provider’s users` }]);
    }
  }

  /** Tells the waiting process. The answer stands either way: with the process engine down, the message waits for the pump. */
  private async announce(d: Dispatch, message: string | undefined, actor: Actor & { id: string }): Promise<Dispatch> {
    if (!message) return d;
    const added: Variables = {};
    if (d.status === 'done') for (const hook of this.finishHooks) Object.assign(added, await hook(d, actor));
    const variables: Variables = {
      dispatch: {
        ...added,
        id: d.id,
        status: d.status,
        providerId: d.providerId,
        staffId: d.staffId,
        ...(d.reason ? { reason: d.reason } : {}),
        ...(d.startedAt ? { startedAt: d.startedAt.toISOString() } : {}),
        ...(d.finishedAt ? { finishedAt: d.finishedAt.toISOString() } : {}),
        ...(d.proof ? { proof: d.proof } : {}),
        ...(d.visitResult ? { visitResult: d.visitResult } : {}),
      },
    };
    await this.messages.tell({ name: message, correlationKey: d.id, messageId: `${message}:${d.id}`, variables, timeToLiveSeconds: 24 * 3600 }, actor);
    return d;
  }
}

/** What the audit keeps of a move: the status and staff, and what the answer added. */
function auditedAfter(d: Dispatch, answer: Answer): Record<string, unknown> {
  const after: Record<string, unknown> = { status: d.status, staffId: d.staffId, ...(d.reason ? { reason: d.reason } : {}) };
  if (answer.action === 'start') return { ...after, startedAt: d.startedAt, ...(answer.photoFileId ? { photoFileId: answer.photoFileId } : {}) };
  if (answer.action === 'finish') return { ...after, finishedAt: d.finishedAt, photoFileId: answer.photoFileId, ...(d.proof ? { proof: d.proof } : {}), ...(d.workNote ? { note: d.workNote } : {}), ...(d.visitResult ? { visitResult: d.visitResult } : {}) };
  return after;
}

/** An order that asks what the worker found takes it when finished; any other refuses one. */
function requireVisitResult(d: Dispatch, result: VisitResult | undefined): void {
  if (d.asksVisitResult && !result) throw errors.invalidInput([{ path: 'visitResult', message: 'this visit asks what you found: fine, needs_help or not_found' }]);
  if (!d.asksVisitResult && result) throw errors.invalidInput([{ path: 'visitResult', message: 'this order asks for no visit result' }]);
}

/** Accepting and rejecting are for the provider's own people. */
export function requireProviderUser(user: PublicUser, dispatch: Dispatch): void {
  if (!belongsTo(user, dispatch.providerId)) throw errors.forbidden('Only the provider’s own users answer its orders');
}
