import { LIVE_EVENT_TYPES, LiveEvents } from '../live/events';
import { defineModule, Platform } from './module';
import { listProblems, startModules } from './start';

const platformWith = (live: LiveEvents) => ({ live }) as unknown as Platform;
const everyAudience = Object.fromEntries(LIVE_EVENT_TYPES.map((type) => [type, () => true]));

const counter = defineModule({
  name: 'counter',
  entities: [],
  migrations: [],
  needs: {},
  start: () => ({ gives: { next: (n: number) => n + 1 }, routes: [{ method: 'get', path: '/count', summary: 'count', access: 'public', handler: async () => 1 }] }),
});
const doubler = defineModule({
  name: 'doubler',
  entities: [],
  migrations: [],
  needs: { counter },
  start: (_platform, uses) => ({ gives: { twice: (n: number) => uses.counter.next(uses.counter.next(n)) }, audience: everyAudience }),
});

describe('starting the module list', () => {
  it('given a module that needs another, when started, then it receives what the other gives and the routes are collected in list order', async () => {
    const started = await startModules([counter, doubler], platformWith(new LiveEvents()));
    expect(started.given(doubler).twice(1)).toBe(3);
    expect(started.routes.map((r) => r.path)).toEqual(['/count']);
  });

  it('given a need listed after its user, a need not listed and a name used twice, then every problem is listed and nothing starts', async () => {
    const start = jest.fn(() => ({ gives: {} }));
    const other = defineModule({ name: 'counter', entities: [], migrations: [], needs: {}, start });
    expect(listProblems([doubler, counter])).toEqual(['module doubler needs counter, which is listed after it']);
    expect(listProblems([doubler])).toEqual(['module doubler needs counter, which is not listed']);
    await expect(startModules([counter, other, doubler], platformWith(new LiveEvents()))).rejects.toThrow('module counter is listed twice');
    expect(start).not.toHaveBeenCalled();
  });

  it('given no module says who may hear some live events, when started, then start fails naming them', async () => {
    await expect(startModules([counter], platformWith(new LiveEvents()))).rejects.toThrow(`No module says who may hear the live events ${LIVE_EVENT_TYPES.join(', ')}`);
  });

  it('given a module not in the list, when asked what it gives, then that is a wiring error', async () => {
    const started = await startModules([counter, doubler], platformWith(new LiveEvents()));
    const stray = defineModule({ name: 'stray', entities: [], migrations: [], needs: {}, start: () => ({ gives: 1 }) });
    expect(() => started.given(stray)).toThrow("Module stray is not in the engine's list");
  });
});
