import { signatureHeaders } from '@careflow/contracts/dist/signing';
import { historicVariables } from '../../operaton/instances';
import { OperatonRest } from '../../operaton/rest';
import { Case } from '../cases/entities';
import { Handover, HandoverSource } from './entities';

/**
 * Where a case's process keeps what the source hears, first found wins: `handoverResult` (a type
 * written for 转办件 sets it), then the answers the shipped types' forms record.
 */
export const RESULT_VARIABLES = ['handoverResult', 'departmentAnswer', 'answerSummary', 'handlingResult', 'replyContent', 'replyNote', 'onsiteNote', 'returnVisitNote'];

/** A string inside JSON with its braces escaped: the HTTP connector's templates never see `{{` in it. */
const encode = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value).replace(/[{}]/g, (c) => (c === '{' ? '\\u007b' : '\\u007d'));
  if (Array.isArray(value)) return `[${value.map(encode).join(',')}]`;
  return JSON.stringify(value ?? null);
};

/** A flat JSON object whose bytes the connector sends exactly as signed (no placeholder can be filled into it). */
export function reportBody(fields: Record<string, string | number | null>): string {
  return `{${Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}:${encode(v)}`).join(',')}}`;
}

/** The result as the case ended: closed with the process's answer, or canceled with the reason. */
export async function resultOf(rest: OperatonRest, found: Case): Promise<{ outcome: string; summary: string }> {
  if (found.status === 'canceled') return { outcome: 'canceled', summary: found.cancelReason ?? '' };
  const values = found.processInstanceKey ? await historicVariables(rest, found.processInstanceKey, RESULT_VARIABLES) : {};
  const summary = RESULT_VARIABLES.map((name) => values[name]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return { outcome: 'closed', summary: summary ?? '' };
}

/** The report process's variables: the signed POST (timestamped now) and the case it belongs to (its connector reports go to the case). */
export function reportVariables(handover: Handover, source: HandoverSource, found: Case, result: { outcome: string; summary: string }, now = Date.now()) {
  const body = reportBody({
    event: 'handover.result',
    reportId: handover.id,
    source: source.code,
    reference: handover.reference,
    caseNumber: found.caseNumber,
    outcome: result.outcome,
    summary: result.summary,
    satisfaction: found.satisfaction,
    closedAt: (found.closedAt ?? new Date(now)).toISOString(),
  });
  return {
    caseId: found.id,
    caseNumber: found.caseNumber,
    handoverId: handover.id,
    reportUrl: source.callbackUrl,
    reportHeaders: { 'content-type': 'application/json', ...signatureHeaders(source.secret, body, now) },
    reportBody: body,
  };
}
