import { createJobContext } from '../runtime/job-context';
import { EngineRequestError } from '../runtime/engine-client';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { deadlineConnector } from './descriptor';
import { computeDeadline, DeadlineInput } from './run';

const quiet = { info: () => undefined, warn: () => undefined };
const ANSWER = { from: '2026-12-04T02:00:00.000Z', dueAt: '2026-12-09T02:00:00.000Z', urgeAt: '2026-12-07T20:00:00.000Z' };

function run(engine: MemoryEngine, input: DeadlineInput) {
  const { ctx, notes } = createJobContext({ job: testJob(), jobType: 'careflow:deadline:1', variables: { caseId: 'case-9' }, engine, logger: quiet, signal: new AbortController().signal });
  return { result: computeDeadline(input, ctx), notes };
}

describe('deadline connector', () => {
  it('given 3 working days urged at 75 %, when run, then the calendar is asked and the due and urge times come back as one variable', async () => {
    const engine = new MemoryEngine().on('GET', '/api/calendar/deadline', () => ANSWER);
    const { result, notes } = run(engine, { workingDays: 3, urgePercent: 75 });
    expect(await result).toEqual({ deadline: { dueAt: ANSWER.dueAt, urgeAt: ANSWER.urgeAt } });
    expect(engine.requests.map((r) => r.path)).toEqual(['/api/calendar/deadline?workingDays=3&urgePercent=75']);
    expect(notes[0]).toEqual({ what: 'deadline.set', result: ANSWER.dueAt });
  });

  it('given the days as text from a default property and no urge share, when the input is read, then it is a number and no urge is asked', async () => {
    const parsed = deadlineConnector.input.parse({ workingDays: '13' });
    expect(parsed).toEqual({ workingDays: 13 });
    const engine = new MemoryEngine().on('GET', '/api/calendar/deadline', () => ({ ...ANSWER, urgeAt: null }));
    expect(await run(engine, parsed).result).toEqual({ deadline: { dueAt: ANSWER.dueAt, urgeAt: null } });
    expect(engine.requests[0].path).toBe('/api/calendar/deadline?workingDays=13');
    expect(deadlineConnector.input.safeParse({ workingDays: 0 }).success).toBe(false);
    expect(deadlineConnector.input.safeParse({ workingDays: 3, urgePercent: 100 }).success).toBe(false);
  });

  it('given the engine is down, when run, then the error is left for the runtime to retry', async () => {
    const down = new MemoryEngine().on('GET', '/api/calendar/deadline', () => {
      throw new EngineRequestError(503, 'unavailable', 'database down');
    });
    await expect(run(down, { workingDays: 3 }).result).rejects.toMatchObject({ name: 'EngineRequestError' });
  });
});
