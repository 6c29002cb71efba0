import { ACCESS, auditExportQuery, auditPage, auditQuery } from '@careflow/contracts';
import { route } from '../../http/route';
import { localTimeOf } from '../../local-time';
import { sheetDownload } from '../imports/report-routes';
import { AuditEntry } from './entities';
import { AuditLog } from './service';

const AUDITORS = ACCESS.audit.read;
/** An export is one workbook; past this many rows the auditor narrows the filter. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const COLUMNS = [
  { header: '时间', width: 20 },
  { header: '操作人', width: 16 },
  { header: '操作人 ID', width: 38 },
  { header: '操作', width: 24 },
  { header: '对象类型', width: 16 },
  { header: '对象 ID', width: 38 },
  { header: 'IP', width: 16 },
  { header: '变更前', width: 60 },
  { header: '变更后', width: 60 },
];

/** `2026-12-02 16:07:22` in the hotline's time zone. */
export function localTime(at: Date, timeZone: string): string {
  const { date, hour, minute, second } = localTimeOf(at, timeZone);
  return `${date} ${hour}:${minute}:${second}`;
}

function line(entry: AuditEntry, timeZone: string): string[] {
  const json = (value: Record<string, unknown> | null) => (value ? JSON.stringify(value) : '');
  return [localTime(new Date(entry.at), timeZone), entry.actorName ?? '', entry.actorId ?? '', entry.action, entry.entityType, entry.entityId ?? '', entry.ip ?? '', json(entry.before), json(entry.after)];
}

export function auditRoutes(audit: AuditLog, timeZone: string) {
  return [
    route({
      method: 'get',
      path: '/audit',
      summary: 'Search the audit log by who (actor user name or id), what (action), when (from/to) and entity (paged)',
      access: AUDITORS,
      query: auditQuery,
      response: auditPage,
      handler: async (_ctx, _body, query) => audit.search(query),
    }),
    route({
      method: 'get',
      path: '/audit/export',
      summary: `The audit log as Excel, filtered like the search (newest first, at most ${AUDIT_EXPORT_LIMIT} rows); the export is audited`,
      access: AUDITORS,
      query: auditExportQuery,
      handler: async (ctx, _body, filter) => {
        const entries = await audit.matching(filter, AUDIT_EXPORT_LIMIT);
        ctx.set('X-Total-Count', String(entries.length));
        return sheetDownload(ctx, { name: '审计日志', file: '审计日志', columns: COLUMNS, rows: entries.map((e) => line(e, timeZone)) });
      },
      audit: {
        action: 'audit.export',
        entity: 'audit_log',
        id: () => null,
        summary: ({ ctx, query }) => ({ filter: query, rows: Number(ctx.response.get('X-Total-Count')) }),
      },
    }),
  ];
}
