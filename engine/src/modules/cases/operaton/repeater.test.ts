import pino from 'pino';
import { Pace, Repeater } from './repeater';

const logger = pino({ level: 'silent' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('Repeater', () => {
  let repeater: Repeater;
  afterEach(() => repeater.stop());

  /** A piece of work that records its runs and finishes only when told to. */
  function gatedWork() {
    const runs: number[] = [];
    let release: (() => void) | null = null;
    const work = () => {
      runs.push(Date.now());
      return new Promise<Pace>((resolve) => (release = () => resolve('idle')));
    };
    return { runs, work, finish: () => release?.() };
  }

  it('given an idle repeater with a long interval, when woken, then it runs at once instead of after the interval', async () => {
    const { runs, work, finish } = gatedWork();
    repeater = new Repeater('test', 60_000, 60_000, work, logger);
    repeater.start();
    await settle();
    finish();
    await settle();
    expect(runs).toHaveLength(1);

    repeater.wake();
    await settle();
    expect(runs).toHaveLength(2);
    finish();
  });

  it('given a run in progress, when woken during it, then one more run follows as soon as it ends, and no more', async () => {
    const { runs, work, finish } = gatedWork();
    repeater = new Repeater('test', 60_000, 60_000, work, logger);
    repeater.start();
    await settle();
    repeater.wake();
    repeater.wake();
    expect(runs).toHaveLength(1);

    finish();
    await settle();
    expect(runs).toHaveLength(2);
    finish();
    await settle();
    expect(runs).toHaveLength(2);
  });
});
