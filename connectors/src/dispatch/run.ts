import { OutboundRefusedError } from '../outbound/policy';
import type { ConnectorContext } from '../runtime/context';
import { EngineRequestError } from '../runtime/engine-client';
import { ConnectorBpmnError, ConnectorInputError } from '../runtime/errors';
import { maskMobile } from '../sms/mask';
import { postSigned, SignedRequest } from './webhook';

export interface DispatchInput {
  serviceItem: string;
  areaCode: string;
  providerId?: string;
  note?: string;
  /** ISO 8601 durations: the answer window (接单时限) and the work window from acceptance (服务时限). */
  acceptWithin?: string;
  workWithin?: string;
  /** Finishing asks what the worker found (上门探视). */
  asksVisitResult?: boolean;
}

interface DispatchRecord {
  id: string;
  providerId: string;
  serviceItem: string;
  serviceItemName: string;
  /** 1 for the case's first dispatch of the item, 2 for the re-dispatch after a refusal… (absent from an engine before it counted). */
  attempt?: number;
  provider: { id: string; name: string; contactPhone: string };
  /** When the provider's answer is due (absent from an engine before it kept deadlines). */
  answerDueAt?: string | null;
}

export interface DispatchDeps {
  postSigned: typeof postSigned;
}

/** The engine's refusals that the process models; anything else 4xx means the input cannot work. */
function asBpmnError(error: unknown): Error {
  if (!(error instanceof EngineRequestError)) return error as Error;
  if (error.code === 'no_provider') return new ConnectorBpmnError('NO_PROVIDER', error.message);
  if (error.code === 'provider_unavailable') return new ConnectorBpmnError('PROVIDER_UNAVAILABLE', error.message);
  return new ConnectorInputError(error.message);
}

/**
 * Creates the dispatch (the engine chooses the provider; the job's idempotency key makes a retried
 * job find the same one), then tells the provider: the engine itself, for a new order only, puts
 * it on the portal, notifies the provider's users in the app and queues an SMS to its contact phone;
 * its webhook (if it has one) gets the engine-signed request from here.
 */
export async function dispatchToProvider(input: DispatchInput, ctx: ConnectorContext, deps: DispatchDeps = { postSigned }) {
  const body = { key: ctx.job.idempotencyKey, ...(ctx.caseId ? { caseId: ctx.caseId } : {}), ...input };
  const dispatch = await ctx.once('dispatch', async () => {
    try {
      return (await ctx.engine.post<{ dispatch: DispatchRecord }>('/api/dispatches', body)).dispatch;
    } catch (error) {
      throw asBpmnError(error);
    }
  });
  const { provider } = dispatch;
  const due = dispatch.answerDueAt ? { answerDueAt: dispatch.answerDueAt } : {};
  ctx.note({ what: 'dispatch.created', to: [provider.name], result: 'dispatched', detail: { dispatchId: dispatch.id, serviceItem: dispatch.serviceItem, ...due } });
  const request = (await ctx.engine.get<{ request: SignedRequest | null }>(`/api/dispatches/${dispatch.id}/webhook-request`)).request;
  const pushed = request ? await pushWebhook(ctx, deps, request) : false;
  const channels = ['portal', ...(pushed ? ['webhook'] : [])];
  ctx.note({ what: 'dispatch.notified', to: [maskMobile(provider.contactPhone)], result: channels.join(',') });
  return { dispatch: { id: dispatch.id, providerId: provider.id, providerName: provider.name, ...(dispatch.attempt !== undefined ? { attempt: dispatch.attempt } : {}) } };
}

/** A webhook the outbound policy refuses (a private address) is noted, not a reason to fail the dispatch. */
async function pushWebhook(ctx: ConnectorContext, deps: DispatchDeps, request: SignedRequest): Promise<boolean> {
  const status = await ctx.once('webhook', () =>
    deps.postSigned(request, ctx.outbound, ctx.signal).catch((error: unknown) => {
      if (error instanceof OutboundRefusedError) return 'refused' as const;
      throw error;
    }),
  );
  ctx.note({ what: 'dispatch.webhook', to: [new URL(request.url).host], result: String(status) });
  return status !== 'refused';
}
