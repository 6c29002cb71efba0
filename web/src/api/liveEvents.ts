/** A live event pushed by the engine on WS /api/events (its `type` tells what it is). */
export type LiveEvent = { type?: string } & Record<string, unknown>;

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
      let event: LiveEvent;
      try {
        event = JSON.parse(String(message.data)) as LiveEvent;
      } catch {
        return; // Not JSON: not an engine event.
      }
      onEvent(event);
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
