import type { HANDOVER_REPORT_STATES } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** A source of 转办件 (the 12345 line, the government mailbox, government SMS), set up by an admin. */
export interface HandoverSource {
  code: string;
  name: string;
  /** The channel its cases open with (a service type must take it). */
  channel: string;
  /** Both sides sign with it (HMAC-SHA256); never shown again once set. */
  secret: string;
  callbackUrl: string | null;
  /** The source's category code → service type key. */
  mapping: Record<string, string>;
  defaultServiceType: string;
  active: boolean;
  updatedAt: Date;
}

export type ReportState = (typeof HANDOVER_REPORT_STATES)[number];

/** One 转办件 and the case it opened; repeats while the case is open are timeline entries of that case. */
export interface Handover {
  id: string;
  source: string;
  reference: string;
  /** The reference while its case is open (unique per source): a second open case of one 转办件 cannot be made, on any node. */
  openReference: string | null;
  category: string | null;
  caseId: string;
  caseNumber: string;
  serviceTypeKey: string;
  repeats: number;
  /** A 转办件 sent again after its case closed: the earlier case. */
  previousCaseNumber: string | null;
  receivedAt: Date;
  reportState: ReportState;
  reportInstanceId: string | null;
  /** When the report was claimed (starting) or last looked at. */
  reportCheckedAt: Date | null;
  reportedAt: Date | null;
  reportError: string | null;
  createdAt: Date;
}

export const HandoverSourceEntity = new EntitySchema<HandoverSource>({
  name: 'HandoverSource',
  tableName: 'handover_sources',
  columns: {
    code: { ...column.text(32), primary: true },
    name: column.text(64),
    channel: column.text(16),
    secret: column.text(128),
    callbackUrl: named('callback_url', column.text(500, true)),
    mapping: column.json(),
    defaultServiceType: named('default_service_type', column.text(64)),
    active: column.flag(),
    updatedAt: named('updated_at', column.time()),
  },
});

export const HandoverEntity = new EntitySchema<Handover>({
  name: 'Handover',
  tableName: 'handovers',
  columns: {
    id: column.id(),
    source: column.text(32),
    reference: column.text(64),
    openReference: named('open_reference', column.text(64, true)),
    category: column.text(64, true),
    caseId: named('case_id', column.text(36)),
    caseNumber: named('case_number', column.text(32)),
    serviceTypeKey: named('service_type_key', column.text(64)),
    repeats: { type: 'int', default: 0 },
    previousCaseNumber: named('previous_case_number', column.text(32, true)),
    receivedAt: named('received_at', column.time()),
    reportState: named('report_state', column.text(16)),
    reportInstanceId: named('report_instance_id', { ...column.engineKey(), nullable: true }),
    reportCheckedAt: named('report_checked_at', column.time(true)),
    reportedAt: named('reported_at', column.time(true)),
    reportError: named('report_error', column.text(500, true)),
    createdAt: named('created_at', column.time()),
  },
  uniques: [{ name: 'uq_handovers_open_reference', columns: ['source', 'openReference'] }],
  indices: [
    { name: 'ix_handovers_reference', columns: ['source', 'reference'] },
    { name: 'ix_handovers_report_state', columns: ['reportState'] },
    { name: 'ix_handovers_case', columns: ['caseId'] },
  ],
});
