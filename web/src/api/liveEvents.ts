import { liveEvent, type LiveMessage, type LiveEventType } from '@careflow/contracts';

/** A live event pushed by the engine on WS /api/events, as the browser receives it (see contracts). */
export type LiveEvent = LiveMessage;
/** One kind of live event, by its `type`. */
export type LiveEventOf<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;

/** The message as a live event, or undefined when it is none the contract knows (a newer engine's). */
export function readLiveEvent(data: unknown): LiveEvent | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(data));
  } catch {
    return undefined; // Not JSON: not an engine event.
  }
  // Checked against the contract (the input side: timestamps stay strings), so pages can trust its shape.
  return liveEvent.safeParse(parsed).success ? (parsed as LiveEvent) : undefined;
}

interface Subscriber {
  onEvent: (event: LiveEvent) => void;
  onConnected?: (connected: boolean) => void;
}

/** Reconnect delays: doubling from the first, capped (an engine restart takes a few seconds). */
export const BACKOFF_MS = { first: 1_000, max: 30_000 };
/** How long the socket outlives its last subscriber: moving between pages does not reopen it. */
const IDLE_CLOSE_MS = 2_000;

// One socket per tab, shared by every view: each event is read once and handed to every subscriber.
const subscribers = new Set<Subscriber>();
let socket: WebSocket | null = null;
let connected = false;
let attempt = 0;
let retry: ReturnType<typeof setTimeout> | undefined;
let idleClose: ReturnType<typeof setTimeout> | undefined;

function tell(state: boolean): void {
  connected = state;
  for (const s of [...subscribers]) s.onConnected?.(state);
}

function open(): void {
  clearTimeout(retry);
  retry = undefined;
  const ws = new WebSocket(`${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/events`);
  socket = ws;
  ws.onopen = () => {
    attempt = 0;
    tell(true);
  };
  ws.onmessage = (message) => {
    const event = readLiveEvent(message.data);
    if (event) for (const s of [...subscribers]) s.onEvent(event);
  };
  ws.onclose = () => {
    if (socket !== ws) return; // closed on purpose (no subscribers left)
    socket = null;
    // Every failed attempt reports again, so a view may keep polling meanwhile.
    tell(false);
    if (subscribers.size === 0) return;
    const delay = Math.min(BACKOFF_MS.max, BACKOFF_MS.first * 2 ** attempt++);
    retry = setTimeout(open, delay);
  };
}

function closeNow(): void {
  const ws = socket;
  socket = null;
  connected = false;
  attempt = 0;
  clearTimeout(retry);
  retry = undefined;
  ws?.close();
}

/**
 * Hears the engine's live events on the tab's one socket, opened with the first subscriber and
 * reopened after a drop with backoff; `onConnected` hears when it opens (at once if it already is)
 * and drops, so a view can catch up on what it missed or poll meanwhile. Returns the unsubscribe.
 * (`_retryMs` is kept for older callers: the shared socket's backoff applies.)
 */
export function subscribeLive(onEvent: (event: LiveEvent) => void, _retryMs?: number, onConnected?: (connected: boolean) => void): () => void {
  const subscriber: Subscriber = { onEvent, onConnected };
  subscribers.add(subscriber);
  clearTimeout(idleClose);
  if (!socket && retry === undefined) open();
  else if (connected) onConnected?.(true);
  return () => {
    if (!subscribers.delete(subscriber) || subscribers.size > 0) return;
    clearTimeout(idleClose);
    idleClose = setTimeout(() => subscribers.size === 0 && closeNow(), IDLE_CLOSE_MS);
  };
}
