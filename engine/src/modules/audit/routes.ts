import { z } from 'zod';
import { route } from '../../http/route';
import { parseQuery } from '../../http/query';
import { AuditLog } from './service';

const AuditQuery = z.strictObject({
  actorId: z.string().max(36).optional(),
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function auditRoutes(audit: AuditLog) {
  return [
    route({
      method: 'get',
      path: '/audit',
      summary: 'Search the audit log',
      access: ['auditor', 'admin'],
      handler: async (ctx) => audit.search(parseQuery(AuditQuery, ctx.query)),
    }),
  ];
}
