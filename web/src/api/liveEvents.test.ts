import { BACKOFF_MS, subscribeLive } from './liveEvents';

/** A stand-in for the browser's WebSocket: the test opens, feeds and drops it. */
class FakeSocket {
  static made: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  close() {
    this.closed = true;
    this.onclose?.();
  }
  drop() {
    this.onclose?.();
  }
}

const event = JSON.stringify({ type: 'case.updated', caseId: 'c1', status: 'open', change: 'comment', areaPath: null });

describe('the tab’s one live socket', () => {
  beforeAll(() => {
    Object.assign(globalThis, { WebSocket: FakeSocket, window: { location: { protocol: 'http:', host: 'desk.test' } } });
  });
  beforeEach(() => {
    jest.useFakeTimers();
    FakeSocket.made = [];
  });
  afterEach(() => jest.useRealTimers());

  it('given three views subscribed, when an event arrives, then one socket was opened and each view hears it once', () => {
    const heard: string[][] = [[], [], []];
    const stops = heard.map((list) => subscribeLive((e) => list.push(e.type)));
    expect(FakeSocket.made).toHaveLength(1);
    expect(FakeSocket.made[0].url).toBe('ws://desk.test/api/events');
    FakeSocket.made[0].onopen?.();
    FakeSocket.made[0].onmessage?.({ data: event });
    expect(heard).toEqual([['case.updated'], ['case.updated'], ['case.updated']]);
    stops.forEach((stop) => stop());
    jest.advanceTimersByTime(5_000);
    expect(FakeSocket.made[0].closed).toBe(true);
  });

  it('given a view subscribed, when the socket drops twice, then it reopens after a growing delay and tells the view each time, so it can read its state again', () => {
    const states: boolean[] = [];
    const stop = subscribeLive(() => undefined, undefined, (connected) => states.push(connected));
    FakeSocket.made[0].onopen?.();
    FakeSocket.made[0].drop();
    jest.advanceTimersByTime(BACKOFF_MS.first - 1);
    expect(FakeSocket.made).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(FakeSocket.made).toHaveLength(2);
    FakeSocket.made[1].drop(); // failed before it opened: the next wait is twice as long
    jest.advanceTimersByTime(BACKOFF_MS.first * 2 - 1);
    expect(FakeSocket.made).toHaveLength(2);
    jest.advanceTimersByTime(1);
    FakeSocket.made[2].onopen?.();
    expect(states).toEqual([true, false, false, true]);
    // A view that subscribes while it is open hears at once that it is.
    const late: boolean[] = [];
    const stopLate = subscribeLive(() => undefined, undefined, (connected) => late.push(connected));
    expect([late, FakeSocket.made.length]).toEqual([[true], 3]);
    stop();
    stopLate();
    jest.advanceTimersByTime(5_000);
  });
});
