import { EntitySchema } from 'typeorm';
import type { DispatchStatus, VisitResult } from '@careflow/contracts';
import { column, named } from '../../db/columns';

export { DISPATCH_STATUSES } from '@careflow/contracts';
export type { DispatchStatus };
/** Orders a provider is still working on: they count against its capacity. */
export const OPEN_STATUSES: DispatchStatus[] = ['dispatched', 'accepted', 'started'];
/** How an earlier order of the case's item ended when its provider is left out of the next one. */
export const REFUSED_STATUSES: DispatchStatus[] = ['rejected', 'expired'];

/** 派单: one case's service item sent to one provider. */
export interface Dispatch {
  id: string;
  /** The caller's idempotency key (the connector's job key): the same key gets the same dispatch. */
  key: string;
  caseId: string | null;
  serviceItem: string;
  areaCode: string;
  areaPath: string;
  providerId: string;
  staffId: string | null;
  status: DispatchStatus;
  note: string | null;
  /** Why the provider rejected it. */
  reason: string | null;
  /** When the provider accepted it (null before, and on orders accepted before this was kept without an audit entry). */
  acceptedAt: Date | null;
  /** When the worker arrived (start) and finished (finish). */
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Photos of the visit (stored files' ids), oldest first; null before the first. */
  photoFileIds: string[] | null;
  /** The elder's 爱心卡 number or the one-time code read out: the proof of the visit. */
  proof: string | null;
  /** The worker's note when finishing. */
  workNote: string | null;
  /** Finishing asks what the worker found (上门探视), kept in visitResult. */
  asksVisitResult: boolean;
  visitResult: VisitResult | null;
  /** SLA: when the provider's answer is due (created + the accept window); null without one. */
  answerDueAt: Date | null;
  /** The work window (ISO 8601 duration) kept until acceptance, when it sets workDueAt. */
  workWithin: string | null;
  /** SLA: when the work is due (accepted + the work window); null before acceptance or without one. */
  workDueAt: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Where a provider wants dispatches pushed, and the secret both sides sign with. */
export interface ProviderWebhook {
  providerId: string;
  url: string;
  secret: string;
  updatedAt: Date;
}

export const DispatchEntity = new EntitySchema<Dispatch>({
  name: 'Dispatch',
  tableName: 'dispatches',
  columns: {
    id: column.id(),
    key: named('dispatch_key', column.text(128)),
    caseId: named('case_id', column.text(36, true)),
    serviceItem: named('service_item', column.text(64)),
    areaCode: named('area_code', column.text(32)),
    areaPath: named('area_path', column.text(200)),
    providerId: named('provider_id', column.text(36)),
    staffId: named('staff_id', column.text(36, true)),
    status: column.text(16),
    note: column.text(500, true),
    reason: column.text(500, true),
    acceptedAt: named('accepted_at', column.time(true)),
    startedAt: named('started_at', column.time(true)),
    finishedAt: named('finished_at', column.time(true)),
    photoFileIds: named('photo_file_ids', column.json(true)),
    proof: column.text(64, true),
    workNote: named('work_note', column.text(500, true)),
    // No default here: TypeORM would read an inserted row's default back and may pair it with another row.
    asksVisitResult: { name: 'asks_visit_result', type: 'boolean' },
    visitResult: named('visit_result', column.text(16, true)),
    answerDueAt: named('answer_due_at', column.time(true)),
    workWithin: named('work_within', column.text(32, true)),
    workDueAt: named('work_due_at', column.time(true)),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
  uniques: [{ name: 'uq_dispatches_key', columns: ['key'] }],
  indices: [
    { name: 'ix_dispatches_provider_status', columns: ['providerId', 'status'] },
    { name: 'ix_dispatches_case', columns: ['caseId'] },
    { name: 'ix_dispatches_updated', columns: ['updatedAt'] },
  ],
});

export const ProviderWebhookEntity = new EntitySchema<ProviderWebhook>({
  name: 'ProviderWebhook',
  tableName: 'provider_webhooks',
  columns: {
    providerId: { ...named('provider_id', column.text(36)), primary: true },
    url: column.text(500),
    secret: column.text(128),
    updatedAt: named('updated_at', column.time()),
  },
});
