import { EntitySchema } from 'typeorm';
import type { Satisfaction } from '@careflow/contracts';
import { column, named } from '../../db/columns';

/** 服务评价: one evaluation of the provider that served an order (a return visit's answer, or a complaint). */
export interface ProviderFeedback {
  id: string;
  /** Idempotency: the job's key, so a retried job records nothing twice. */
  key: string;
  providerId: string;
  dispatchId: string;
  caseId: string | null;
  source: 'return_visit' | 'complaint';
  satisfaction: Satisfaction | null;
  complaint: boolean;
  /** 5 (非常满意) … 1 (非常不满意); 0 for a complaint. */
  score: number;
  note: string | null;
  recordedBy: string;
  recordedByName: string;
  recordedAt: Date;
}

export const ProviderFeedbackEntity = new EntitySchema<ProviderFeedback>({
  name: 'ProviderFeedback',
  tableName: 'provider_feedback',
  columns: {
    id: column.id(),
    key: column.text(128),
    providerId: named('provider_id', column.text(36)),
    dispatchId: named('dispatch_id', column.text(36)),
    caseId: named('case_id', column.text(36, true)),
    source: column.text(16),
    satisfaction: column.text(20, true),
    complaint: { type: 'boolean', default: false },
    score: { type: 'int' },
    note: column.text(1000, true),
    recordedBy: named('recorded_by', column.text(36)),
    recordedByName: named('recorded_by_name', column.text(128)),
    recordedAt: named('recorded_at', column.time()),
  },
  indices: [
    { name: 'ux_provider_feedback_key', columns: ['key'], unique: true },
    { name: 'ix_provider_feedback_provider', columns: ['providerId', 'recordedAt'] },
    { name: 'ix_provider_feedback_dispatch', columns: ['dispatchId'] },
  ],
});
