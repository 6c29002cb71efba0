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

/**
 * Opens the engine's live socket and calls back with each event; reopens after a dropped connection
 * (an engine restart) after `retryMs`; `onConnected` hears when it opens and drops (a page may poll
 * meanwhile). Returns a function that closes it for good.
 */
export function subscribeLive(onEvent: (event: LiveEvent) => void, retryMs = 5_000, onConnected?: (connected: boolean) => void): () => void {
  let socket: WebSocket | null = null;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    if (closed) return;
    socket = new WebSocket(`${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/events`);
    socket.onopen = () => onConnected?.(true);
    socket.onmessage = (message) => {
      const event = readLiveEvent(message.data);
      if (event) onEvent(event);
    };
    socket.onclose = () => {
      if (!closed) onConnected?.(false);
      if (!closed) retry = setTimeout(open, retryMs);
    };
  };
  open();
  return () => {
    closed = true;
    clearTimeout(retry);
    socket?.close();
  };
}
