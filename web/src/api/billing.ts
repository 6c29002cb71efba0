import type { chargeLine, statementAnswer, statementQuery, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

/** 收费明细: one charge or adjustment line (money in fen). */
export type ChargeLine = Wire<typeof chargeLine>;
/** 收费清单: an elder's lines of one month with totals. */
export type Statement = Wire<typeof statementAnswer>['statement'];

export async function getStatement(elderId: string, query: z.input<typeof statementQuery>, signal?: AbortSignal): Promise<Statement> {
  return (await api.get<Wire<typeof statementAnswer>>(`/api/billing/statements/${encodeURIComponent(elderId)}${queryString({ ...query })}`, { signal })).statement;
}
