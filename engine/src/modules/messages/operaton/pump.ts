import { Logger } from 'pino';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { OperationalError } from '../../../http/errors';
import { OperatonMessages } from '../../../operaton/messages';
import { DEFAULT_LEASE_MS, MessageDelivery } from './delivery';
import { ProcessMessage, ProcessMessageEntity } from './entities';

export interface MessagePumpOptions {
  intervalMs?: number;
  /** Messages looked at per round, oldest first. */
  batch?: number;
  leaseMs?: number;
}

export interface PumpRound {
  delivered: number;
  expired: number;
  /** The engine did not answer: the round stopped, nothing was lost. */
  engineDown: boolean;
}

/**
 * Delivers kept messages once a process waits for them. Each round expires what outlived its time
 * to live, then asks the engine once per message name which instances subscribe to it (a cheap
 * `GET /event-subscription`, and their business keys) and correlates only the messages for those
 * cases, oldest first. A claim that
 * outlived its lease (a node died mid-correlation) is tried again whatever the subscriptions say:
 * the delivery checks the engine's history first.
 */
export class MessagePump {
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;
  private readonly intervalMs: number;
  private readonly batch: number;
  private readonly leaseMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: MessageDelivery,
    private readonly engine: OperatonMessages,
    private readonly logger: Logger,
    options: MessagePumpOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 2000;
    this.batch = options.batch ?? 100;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      // One round at a time: a slow engine must not stack rounds up.
      this.round ??= this.tick()
        .catch((error: unknown) => this.logger.error({ err: error }, 'message pump round failed'))
        .finally(() => (this.round = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.round;
  }

  async tick(): Promise<PumpRound> {
    const round: PumpRound = { delivered: 0, expired: await this.delivery.expireDue(), engineDown: false };
    const repo = this.dataSource.getRepository(ProcessMessageEntity);
    const staleBefore = new Date(Date.now() - this.leaseMs);
    const [pending, stale] = await Promise.all([
      repo.find({ where: { status: 'pending' }, order: { publishedAt: 'ASC' }, take: this.batch }),
      repo.find({ where: { status: 'delivering', lastAttemptAt: LessThanOrEqual(staleBefore) }, order: { publishedAt: 'ASC' }, take: this.batch }),
    ]);
    try {
      const waiting = new Map<string, Set<string | null>>();
      for (const name of new Set(pending.map((m) => m.name))) waiting.set(name, await this.engine.waitingBusinessKeys(name));
      // By business key: only if an instance with that key waits; by variables alone: if anything waits for the name.
      const due = pending.filter((m) => {
        const keys = waiting.get(m.name);
        return keys !== undefined && keys.size > 0 && (m.correlationKey === null || keys.has(m.correlationKey)) && !backingOff(m);
      });
      for (const message of [...stale, ...due]) {
        if ((await this.attempt(message)).status === 'delivered') round.delivered++;
      }
    } catch (error) {
      if (!(error instanceof OperationalError)) throw error;
      this.logger.warn({ err: error }, 'message pump: process engine unavailable, kept messages wait for the next round');
      round.engineDown = true;
    }
    return round;
  }

  /** A message the engine failed on stays pending (logged); only an engine that is down stops the round. */
  private async attempt(message: ProcessMessage): Promise<ProcessMessage> {
    try {
      return await this.delivery.attempt(message.messageId);
    } catch (error) {
      if (error instanceof OperationalError) throw error;
      this.logger.warn({ err: error, messageId: message.messageId }, 'kept message not delivered, tried again next round');
      return message;
    }
  }
}

/** Longest pause between attempts at a message the engine failed on. */
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * A message whose last attempt failed (engine down, the process failing on it) waits 2^attempts
 * seconds, up to five minutes, before the next: a broken process is not hammered every round.
 * "Nothing waits yet" is no failure and waits for nothing but the subscription.
 */
function backingOff(message: ProcessMessage, now = Date.now()): boolean {
  if (!message.lastError || !message.lastAttemptAt) return false;
  return now - message.lastAttemptAt.getTime() < Math.min(1000 * 2 ** message.attempts, MAX_BACKOFF_MS);
}
