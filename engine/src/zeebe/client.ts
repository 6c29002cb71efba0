import { Zeebe } from '@camunda8/sdk';
import type { IProcessVariables, JSONDoc } from '@camunda8/sdk/dist/zeebe/lib/interfaces-1.0';

export type ZeebeClient = Zeebe.ZeebeGrpcClient;

/**
 * A plaintext gRPC client for a local or in-cluster gateway. Retries are kept short so an
 * HTTP request never hangs on a broker that is down; the SDK's own logging is off (we log).
 */
export function createZeebeClient(address: string): ZeebeClient {
  return new Zeebe.ZeebeGrpcClient({
    config: {
      ZEEBE_GRPC_ADDRESS: `grpc://${address}`,
      CAMUNDA_AUTH_STRATEGY: 'NONE',
      CAMUNDA_LOG_LEVEL: 'none',
      zeebeGrpcSettings: {
        ZEEBE_CLIENT_LOG_LEVEL: 'NONE',
        ZEEBE_GRPC_CLIENT_MAX_RETRIES: 3,
        ZEEBE_GRPC_CLIENT_MAX_RETRY_TIMEOUT_SECONDS: 5,
      },
    },
  });
}

/**
 * Stands in for the Zeebe client while cases run on Operaton and no broker runs: nothing may call it,
 * and a call that slips through fails loudly instead of waiting on a broker that is not there.
 */
export function absentZeebe(): ZeebeClient {
  const refuse = () => Promise.reject(new Error('No Zeebe broker: cases run on the process engine (Operaton)'));
  return new Proxy({} as ZeebeClient, { get: (_, property) => (property === 'then' ? undefined : refuse) });
}

/** gRPC status codes the engine tells apart. */
export const GrpcStatus = { INVALID_ARGUMENT: 3, DEADLINE_EXCEEDED: 4, NOT_FOUND: 5, ALREADY_EXISTS: 6, FAILED_PRECONDITION: 9, UNAVAILABLE: 14 } as const;

export function grpcCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
}

/** Rejects if the promise does not settle in time: a dependency that hangs counts as down. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** Process variables: a JSON object. */
export type Variables = { [key: string]: JsonValue };

/** The SDK's JSON types leave out null, which Zeebe accepts; this is the one cast for them. */
export function toZeebeVariables(variables: Variables): JSONDoc & IProcessVariables {
  return variables as unknown as JSONDoc & IProcessVariables;
}

/**
 * Polling shared by the engine's own job workers. Long polls are short because a closing worker
 * waits for its open poll, which would otherwise delay shutdown.
 */
export const WORKER_POLLING = { pollInterval: 1000, longPoll: 10_000, loglevel: 'NONE' } as const;
