import type { statementListAnswer, statementListQuery, statementSmsAnswer, statementSmsBody, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api, queryString } from './client';

/** One elder of the month's list: services (charges) and the lines' total in fen. */
export type StatementListEntry = Wire<typeof statementListAnswer>['elders'][number];
export type StatementList = Wire<typeof statementListAnswer>;
export type StatementSmsSent = Wire<typeof statementSmsAnswer>;

/** The statement as a file: a plain link, so the browser's own download takes it with the session cookie. */
export const statementFileUrl = (elderId: string, format: 'pdf' | 'xlsx', month: string) => `/api/billing/statements/${encodeURIComponent(elderId)}/${format}${queryString({ month })}`;

export const listStatements = (query: Partial<z.output<typeof statementListQuery>>, signal?: AbortSignal) => api.get<StatementList>(`/api/billing/statements${queryString({ ...query })}`, { signal });

export const sendStatementSms = (elderId: string, body: z.input<typeof statementSmsBody>) => api.post<StatementSmsSent>(`/api/billing/statements/${encodeURIComponent(elderId)}/sms`, body);
