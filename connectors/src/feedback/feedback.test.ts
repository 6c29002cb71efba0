import { createJobContext } from '../runtime/job-context';
import { EngineRequestError } from '../runtime/engine-client';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { feedbackConnector } from './descriptor';
import { FeedbackInput, rateProvider } from './run';

const quiet = { info: () => undefined, warn: () => undefined };
const STANDING = { providerId: 'p1', rating: 3.5, counted: 2, evaluations: 2, complaints: 1 };
const input: FeedbackInput = { order: { id: 'd2', providerId: 'p1' }, source: 'return_visit', satisfaction: 'unsatisfied', complaint: true, note: ' 迟到一小时 ' };

function run(engine: MemoryEngine, given = input) {
  const { ctx, notes } = createJobContext({ job: testJob(), jobType: 'careflow:feedback:1', variables: { caseId: 'case-9' }, engine, logger: quiet, signal: new AbortController().signal });
  return { result: rateProvider(given, ctx), notes };
}

describe('feedback connector', () => {
  it('given a return visit with a complaint, when run, then the evaluation is posted once per job for the order and the rating comes back', async () => {
    const engine = new MemoryEngine().on('POST', '/api/provider-feedback', () => ({ standing: STANDING, repeated: false }));
    const { result, notes } = run(engine);
    expect(await result).toEqual({ providerRating: { rating: 3.5, evaluations: 2, complaints: 1 } });
    expect(engine.requests[0].body).toEqual({ key: testJob().idempotencyKey, dispatchId: 'd2', source: 'return_visit', satisfaction: 'unsatisfied', complaint: true, note: '迟到一小时' });
    expect(notes[0]).toEqual({ what: 'provider.rated', to: ['p1'], result: '3.5' });
  });

  it('given the process mapped the switch as text and left the note empty, when the input is read, then complaint is false and no note is sent', async () => {
    const parsed = feedbackConnector.input.parse({ order: { id: 'd2', providerId: 'p1' }, satisfaction: 'very_satisfied' });
    expect(parsed.complaint).toBe(false);
    const engine = new MemoryEngine().on('POST', '/api/provider-feedback', () => ({ standing: { ...STANDING, rating: 5 }, repeated: false }));
    await run(engine, parsed).result;
    expect(engine.requests[0].body).toEqual({ key: testJob().idempotencyKey, dispatchId: 'd2', source: 'return_visit', satisfaction: 'very_satisfied', complaint: false });
    expect(feedbackConnector.input.safeParse({ order: { id: 'd2', providerId: 'p1' }, satisfaction: 'great' }).success).toBe(false);
  });

  it('given a complaint naming the served case by its number, when run, then the engine rates that case’s provider, and a case without an order is the BPMN error NO_ORDER', async () => {
    const engine = new MemoryEngine().on('POST', '/api/provider-feedback', () => ({ standing: STANDING, repeated: false }));
    const complaint = feedbackConnector.input.parse({ caseNumber: 'HL20261204-0007', source: 'complaint', complaint: true, note: '服务人员态度差' });
    await run(engine, complaint).result;
    expect(engine.requests[0].body).toEqual({ key: testJob().idempotencyKey, caseNumber: 'HL20261204-0007', source: 'complaint', complaint: true, note: '服务人员态度差' });
    const none = new MemoryEngine().on('POST', '/api/provider-feedback', () => {
      throw new EngineRequestError(404, 'not_found', 'An order on case HL20261204-0007 was not found');
    });
    await expect(run(none, complaint).result).rejects.toMatchObject({ name: 'ConnectorBpmnError', errorCode: 'NO_ORDER' });
    expect(feedbackConnector.input.safeParse({ complaint: true }).success).toBe(false);
  });

  it('given the engine refuses the evaluation (an order not finished), when run, then the job fails without retries; the engine down is retried', async () => {
    const refused = new MemoryEngine().on('POST', '/api/provider-feedback', () => {
      throw new EngineRequestError(409, 'conflict', 'The order is started');
    });
    await expect(run(refused).result).rejects.toMatchObject({ name: 'ConnectorInputError' });
    const down = new MemoryEngine().on('POST', '/api/provider-feedback', () => {
      throw new EngineRequestError(503, 'unavailable', 'database down');
    });
    await expect(run(down).result).rejects.toMatchObject({ name: 'EngineRequestError' });
  });
});
