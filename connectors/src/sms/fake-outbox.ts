import { EngineRequestError } from '../runtime/engine-client';
import { MemoryEngine } from '../../test/support/memory-engine';

export interface FakeMessage {
  id: string;
  key: string;
  phone: string;
  content: string;
  status: string;
  providerMessageId?: string | null;
  error?: string;
  recipientName?: string | null;
  /** Queued by the engine itself: the outbox sender claims it (claimed until the test lets the claim run out). */
  outboxSends?: boolean;
  claimedUntil?: number;
}

const RANK: Record<string, number> = { queued: 0, sent: 1, delivered: 2, failed: 2 };

/** The engine's SMS routes in memory, for the connector's unit tests (the real ones are tested in the engine). */
export function fakeSmsEngine(options: { relatives?: Record<string, { name: string; phone: string }[]>; templates?: Record<string, string>; limit?: number } = {}) {
  const engine = new MemoryEngine();
  const messages: FakeMessage[] = [];
  const render = (key: string, params: Record<string, string>) => {
    const content = options.templates?.[key];
    if (content === undefined) throw new EngineRequestError(404, 'not_found', `SMS template ${key} was not found`);
    const missing = [...content.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((n) => !params[n]);
    if (missing.length) throw new EngineRequestError(400, 'invalid_input', 'cannot render', missing.map((n) => ({ path: `params.${n}` })));
    return content.replace(/\{\{(\w+)\}\}/g, (_a, n: string) => params[n]);
  };
  engine.on('POST', '/api/sms/messages', (body) => {
    const b = body as FakeMessage & { templateKey?: string | null; params?: Record<string, string> | null };
    const earlier = messages.find((m) => m.key === b.key);
    if (earlier) return { message: earlier };
    if (messages.filter((m) => m.phone === b.phone).length >= (options.limit ?? 99)) throw new EngineRequestError(409, 'sms_rate_limited', 'limited');
    // As the engine does: without content, the template is rendered as the message is queued.
    const message = { ...b, content: b.content ?? render(b.templateKey ?? '', b.params ?? {}), id: `m${messages.length + 1}`, status: 'queued' };
    messages.push(message);
    report(message);
    return { message };
  });
  /** As the engine does: a report only moves a message forward (a repeat is a no-op). */
  function report(message: FakeMessage) {
    engine.on('PATCH', `/api/sms/messages/${message.id}`, (update) => {
      const next = (update as { status: string }).status;
      if (next !== message.status && RANK[next] <= RANK[message.status]) throw new EngineRequestError(409, 'conflict', `already ${message.status}`);
      return Object.assign(message, update) && { message };
    });
  }
  // The claim of the outbox sender: each engine-queued message to one claimer until its claim runs out.
  engine.on('POST', '/api/sms/outbox/claim', (body) => {
    const { limit = 10, leaseSeconds = 300 } = body as { limit?: number; leaseSeconds?: number };
    const claimed = messages.filter((m) => m.outboxSends && m.status === 'queued' && (m.claimedUntil ?? 0) < Date.now()).slice(0, limit);
    for (const m of claimed) m.claimedUntil = Date.now() + leaseSeconds * 1000;
    return { messages: claimed.map(({ claimedUntil: _until, ...m }) => ({ templateKey: null, params: null, ...m })), leaseSeconds };
  });
  /** A message the engine queued itself (a 催办 copy). */
  const engineQueued = (phone: string, content: string) => {
    const message: FakeMessage = { id: `m${messages.length + 1}`, key: `escalation:${messages.length + 1}`, phone, content, status: 'queued', outboxSends: true };
    messages.push(message);
    report(message);
    return message;
  };
  /** Every claim runs out (its sender died). */
  const expireClaims = () => messages.forEach((m) => (m.claimedUntil = 0));
  engine.on('GET', '/api/sms/recipients', (_body, path) => {
    const elderId = new URL(path, 'http://x').searchParams.get('elderId') ?? '';
    const recipients = options.relatives?.[elderId];
    if (!recipients) throw new EngineRequestError(404, 'not_found', 'Elder file was not found');
    return { elder: { id: elderId, name: '王秀英' }, recipients };
  });
  return { engine, messages, engineQueued, expireClaims };
}
