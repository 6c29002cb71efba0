import { Actor, AuditRecord } from '../modules/audit/service';
import { actorOf, RouteContext, RouteSpec } from './route';

/** Where the router writes the rows that route declarations ask for: the audit log. */
export interface AuditRecorder {
  record(actor: Actor, record: AuditRecord): Promise<void>;
}

const ID_LENGTH = 64; // audit_log.entity_id

/** The `id` of a result such as `{ dispatch: { id } }` or `{ id }`; files and lists have none. */
function idOf(result: unknown): string | undefined {
  if (!result || typeof result !== 'object' || Buffer.isBuffer(result)) return undefined;
  const own = (result as { id?: unknown }).id;
  if (typeof own === 'string') return own;
  for (const value of Object.values(result)) {
    const nested = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (typeof nested === 'string') return nested;
  }
  return undefined;
}

/**
 * Records the row a route declares, once its handler has succeeded. Routes audited by their service
 * (`'service'`) or not at all (`{ none }`) record nothing here, so nothing is recorded twice.
 */
export async function recordDeclaredAudit(recorder: AuditRecorder, spec: RouteSpec, ctx: RouteContext, body: unknown, query: unknown, result: unknown): Promise<void> {
  const audit = spec.audit;
  if (!audit || audit === 'service' || 'none' in audit) return;
  const call = { ctx, body, query, result };
  const params = (ctx as unknown as { params?: Record<string, string> }).params ?? {};
  const entityId = audit.id ? audit.id(call) : (params.id ?? idOf(result));
  await recorder.record(actorOf(ctx), {
    action: audit.action,
    entityType: audit.entity,
    entityId: entityId ? entityId.slice(0, ID_LENGTH) : null,
    after: audit.summary?.(call) ?? null,
  });
}
