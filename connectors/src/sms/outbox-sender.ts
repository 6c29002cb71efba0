import os from 'node:os';
import type { SmsSettings } from '../config';
import type { ConnectorLogger } from '../runtime/context';
import { EngineClient, EngineRequestError } from '../runtime/engine-client';
import { retryBackoffMs } from '../runtime/errors';
import { maskMobile } from './mask';
import { submitQueued } from './send';

/** Long enough for a batch through a slow gateway: a claim that outlives its sender is what makes a second send possible. */
const LEASE_SECONDS = 300;
const BATCH = 10;

export interface OutboxSenderOptions {
  engine: EngineClient;
  settings: SmsSettings;
  logger: ConnectorLogger;
  /** Names this sender in its claims (default: host and process id). */
  claimer?: string;
  batch?: number;
  leaseSeconds?: number;
}

export interface OutboxRound {
  claimed: number;
  sent: number;
  failed: number;
  /** An operational error stopped the round; the messages left keep their claim until its lease runs out. */
  error?: string;
}

interface ClaimedSms {
  id: string;
  phone: string;
  content: string;
  templateKey: string | null;
  params: Record<string, string> | null;
}

/**
 * One round of the outbox sender: claims a batch of the messages the engine queued itself (催办/督办
 * copies, which no connector job sends) and sends each with the SMS adapter, reporting sent or
 * failed as the SMS connector does (submitQueued). The engine's claim gives each message to one
 * sender at a time, so several connector processes send it once.
 */
export async function sendClaimedBatch(options: OutboxSenderOptions): Promise<OutboxRound> {
  const leaseSeconds = options.leaseSeconds ?? LEASE_SECONDS;
  const began = Date.now();
  const body = { claimer: options.claimer ?? `${os.hostname()}:${process.pid}`, limit: options.batch ?? BATCH, leaseSeconds };
  const { messages } = await options.engine.post<{ messages: ClaimedSms[] }>('/api/sms/outbox/claim', body);
  const round: OutboxRound = { claimed: messages.length, sent: 0, failed: 0 };
  for (const m of messages) {
    // Past half its lease the claim may soon pass to another sender: the rest waits for a claim of its own rather than risk a second send.
    if (Date.now() - began > leaseSeconds * 500) break;
    try {
      const result = await submitQueued(options.engine, options.settings, { id: m.id, phone: m.phone, content: m.content, templateKey: m.templateKey, params: m.params });
      if (result.status === 'failed') {
        round.failed += 1;
        options.logger.warn({ messageId: m.id, to: maskMobile(m.phone), error: result.error }, 'SMS refused by the provider: marked failed');
      } else round.sent += 1;
    } catch (error) {
      // Moved on meanwhile (reported by a sender whose lease had run out): nothing left to do for it.
      if (error instanceof EngineRequestError && error.status === 409) continue;
      return { ...round, error: (error as Error).message };
    }
  }
  return round;
}

export interface RunningOutboxSender {
  close(): Promise<void>;
}

/**
 * Polls every SMS_OUTBOX_POLL_SECONDS; a full batch is followed by the next at once (each round
 * did work), and an operational error (engine or gateway down) backs off up to 5 minutes, so it
 * never spins.
 */
export function startOutboxSender(options: OutboxSenderOptions): RunningOutboxSender {
  const pollMs = options.settings.outboxPollSeconds * 1000;
  const batch = options.batch ?? BATCH;
  let stopped = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const round = async () => {
    let next = pollMs;
    try {
      const done = await sendClaimedBatch({ ...options, batch });
      if (done.error) throw new Error(done.error);
      failures = 0;
      if (done.claimed === batch && done.sent + done.failed === batch) next = 0;
    } catch (error) {
      failures += 1;
      next = Math.max(pollMs, retryBackoffMs(failures));
      options.logger.warn({ error: (error as Error).message, retryInMs: next }, 'SMS outbox sender could not send; trying again later');
    }
    schedule(next);
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      // round() catches its own errors; close() awaits it.
      running = round();
    }, ms);
  };
  schedule(0);
  return {
    close: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Started beside the external-task workers wherever the SMS connector runs: it owns the adapter. */
export function startOutboxSenderFor(descriptors: { id: string }[], options: OutboxSenderOptions): RunningOutboxSender | undefined {
  return descriptors.some((d) => d.id === 'sms') ? startOutboxSender(options) : undefined;
}
