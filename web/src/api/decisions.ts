import type { decisionAnswer, decisionListAnswer, decisionTableSummary, decisionVersionAnswer, decisionVersionView, rejectedModelDetails, Wire } from '@careflow/contracts';
import { ApiError, api } from './client';

export type DecisionSummary = Wire<typeof decisionTableSummary>;
export type DecisionVersion = Wire<typeof decisionVersionView>;
export type DecisionAnswer = Wire<typeof decisionAnswer>;
/** A problem the engine found in a table: zh-CN in message, English in messageEn. */
export type DecisionProblem = Wire<typeof rejectedModelDetails>['problems'][number];

const base = '/api/decisions';
const table = (key: string) => `${base}/${encodeURIComponent(key)}`;

export const listDecisions = (signal?: AbortSignal) => api.get<Wire<typeof decisionListAnswer>>(base, { signal }).then((r) => r.decisions);
export const getDecision = (key: string, version?: number, signal?: AbortSignal) =>
  api.get<DecisionAnswer>(`${table(key)}${version ? `?version=${version}` : ''}`, { signal });

/** The 422 a refused table answers with, as its problems; other errors are thrown. */
export class DecisionRefused extends Error {
  constructor(message: string, readonly problems: DecisionProblem[]) {
    super(message);
  }
}
async function refusable<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ApiError && err.status === 422) throw new DecisionRefused(err.message, (err.details as Partial<Wire<typeof rejectedModelDetails>> | undefined)?.problems ?? []);
    throw err;
  }
}

export const createDecision = (xml: string) => refusable(api.post<Wire<typeof decisionVersionAnswer>>(base, { xml })).then((r) => r.version);
export const saveDecisionVersion = (key: string, xml: string) => refusable(api.post<Wire<typeof decisionVersionAnswer>>(`${table(key)}/versions`, { xml })).then((r) => r.version);
export const publishDecisionVersion = (key: string, version: number) =>
  refusable(api.post<Wire<typeof decisionVersionAnswer>>(`${table(key)}/versions/${version}/publish`, {})).then((r) => r.version);
