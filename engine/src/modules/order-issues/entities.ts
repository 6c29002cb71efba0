import { EntitySchema } from 'typeorm';
import type { OrderIssueKind } from '@careflow/contracts';
import { column, named } from '../../db/columns';

/** 服务商上报: what a provider's worker reported about an order from the elder's door. */
export interface OrderIssue {
  id: string;
  dispatchId: string;
  caseId: string | null;
  providerId: string;
  kind: OrderIssueKind;
  note: string;
  /** The extra items of more_work; [] for not_home. */
  items: { code: string; quantity: number }[];
  reportedBy: string;
  reportedByName: string;
  reportedAt: Date;
}

export const OrderIssueEntity = new EntitySchema<OrderIssue>({
  name: 'OrderIssue',
  tableName: 'order_issues',
  columns: {
    id: column.id(),
    dispatchId: named('dispatch_id', column.text(36)),
    caseId: named('case_id', column.text(36, true)),
    providerId: named('provider_id', column.text(36)),
    kind: column.text(16),
    note: column.text(500),
    items: column.json(),
    reportedBy: named('reported_by', column.text(36)),
    reportedByName: named('reported_by_name', column.text(128)),
    reportedAt: named('reported_at', column.time()),
  },
  indices: [{ name: 'ix_order_issues_dispatch', columns: ['dispatchId'] }],
});
