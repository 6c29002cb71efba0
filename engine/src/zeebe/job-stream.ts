import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { Logger } from 'pino';
import { Variables } from './client';

/** A job as the stream delivers it, variables and headers parsed. */
export interface StreamedJob {
  key: string;
  type: string;
  processInstanceKey: string;
  processDefinitionKey: string;
  bpmnProcessId: string;
  elementId: string;
  elementInstanceKey: string;
  retries: number;
  customHeaders: Record<string, string | undefined>;
  variables: Variables;
}

export interface JobStreamOptions {
  address: string;
  type: string;
  worker: string;
  timeoutMs: number;
  logger: Logger;
  /** Called for every pushed job; a rejection is the handler's own concern (it should fail the job). */
  onJob: (job: StreamedJob) => Promise<void>;
  /** Waits between attempts to open the stream again: doubled up to the maximum. */
  backoffMs?: { initial: number; max: number };
}

type RawJob = Omit<StreamedJob, 'customHeaders' | 'variables'> & { customHeaders: string; variables: string };
type Gateway = grpc.Client & { StreamActivatedJobs(request: object): grpc.ClientReadableStream<RawJob> };

let gatewayConstructor: (new (address: string, credentials: grpc.ChannelCredentials) => Gateway) | undefined;
function gatewayClient(address: string): Gateway {
  if (!gatewayConstructor) {
    // The gateway protocol as the Camunda SDK ships it: this stream is the one call it wraps in a way we cannot watch.
    const definition = protoLoader.loadSync(require.resolve('@camunda8/sdk/dist/proto/zeebe.proto'), { keepCase: true, longs: String, defaults: true });
    const pkg = grpc.loadPackageDefinition(definition) as unknown as { gateway_protocol: { Gateway: typeof gatewayConstructor } };
    gatewayConstructor = pkg.gateway_protocol.Gateway;
  }
  return new gatewayConstructor!(address, grpc.credentials.createInsecure());
}

/**
 * Zeebe job streaming (StreamActivatedJobs): the broker pushes each job of the type to us as it is
 * created. The stream is kept open: when it ends or fails (broker restart, network), it is opened
 * again after a back-off. Jobs that existed before it opened are not pushed; a poller collects those.
 */
export class JobStream {
  private readonly client: Gateway;
  private call?: grpc.ClientReadableStream<RawJob>;
  private retry?: NodeJS.Timeout;
  private waitMs: number;
  private closed = false;
  /** True while a call is under way and has not failed. */
  open = false;
  /** Calls made so far (the first and every reopening). */
  attempts = 0;

  constructor(private readonly options: JobStreamOptions) {
    this.client = gatewayClient(options.address);
    this.waitMs = options.backoffMs?.initial ?? 1000;
  }

  start(): void {
    if (this.closed || this.call) return;
    const { type, worker, timeoutMs } = this.options;
    const call = this.client.StreamActivatedJobs({ type, worker, timeout: String(timeoutMs), fetchVariable: [], tenantIds: [] });
    this.call = call;
    this.attempts += 1;
    // The gateway sends nothing until the first job: a call that has not failed counts as open.
    this.open = true;
    call.on('data', (raw: RawJob) => {
      this.waitMs = this.options.backoffMs?.initial ?? 1000;
      const job = parse(raw);
      this.options.onJob(job).catch((error: unknown) => this.options.logger.error({ err: error, jobKey: job.key }, 'streamed job handler failed'));
    });
    call.on('error', (error: grpc.ServiceError) => {
      if (error.code !== grpc.status.CANCELLED) this.options.logger.warn({ code: error.code, details: error.details, type }, 'job stream failed; opening it again');
    });
    call.on('close', () => this.reopenLater(call));
  }

  private reopenLater(ended: grpc.ClientReadableStream<RawJob>): void {
    if (this.call !== ended) return;
    this.call = undefined;
    this.open = false;
    if (this.closed) return;
    const wait = this.waitMs;
    this.waitMs = Math.min(wait * 2, this.options.backoffMs?.max ?? 30_000);
    this.retry = setTimeout(() => this.start(), wait);
  }

  close(): void {
    this.closed = true;
    this.open = false;
    clearTimeout(this.retry);
    this.call?.cancel();
    this.call = undefined;
    this.client.close();
  }
}

function parse(raw: RawJob): StreamedJob {
  return { ...raw, customHeaders: parseObject(raw.customHeaders) as Record<string, string>, variables: parseObject(raw.variables) as Variables };
}

const parseObject = (text: string): Record<string, unknown> => (text ? (JSON.parse(text) as Record<string, unknown>) : {});
