import { createJobContext } from '../runtime/job-context';
import { EngineRequestError } from '../runtime/engine-client';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { chargeOrder, ChargeInput } from './run';

const quiet = { info: () => undefined, warn: () => undefined };
const CHARGE = { key: 'k', month: '2026-12', lines: [], totals: { amount: 20000, subsidy: 4000, elderShare: 16000 } };
const input: ChargeInput = {
  order: { id: 'd2', providerId: 'p1', staffId: 's1', finishedAt: '2026-12-03T09:30:00.000Z' },
  elderId: 'e1',
  items: [{ code: 'home_cleaning', quantity: 2 }, { code: 'gas_cylinder', quantity: 1 }],
  quote: { provider: { id: 'p1' }, lines: [{ code: 'home_cleaning', unitPrice: 3800 }, { code: 'gas_cylinder', unitPrice: 12000 }] },
};

function run(engine: MemoryEngine, given = input) {
  const { ctx, notes } = createJobContext({ job: testJob(), jobType: 'careflow:charge:1', variables: { caseId: 'case-9' }, engine, logger: quiet, signal: new AbortController().signal });
  return { result: chargeOrder(given, ctx), notes };
}

describe('charge connector', () => {
  it('given an order the quoted provider finished, when run, then the charge is keyed by the job, dated when the work finished, at the agreed prices', async () => {
    const engine = new MemoryEngine().on('POST', '/api/billing/charges', () => ({ charge: CHARGE, repeated: false }));
    const { result, notes } = run(engine);
    expect(await result).toEqual({ charge: { month: '2026-12', totals: CHARGE.totals } });
    expect(engine.requests[0].body).toEqual({
      key: testJob().idempotencyKey,
      elderId: 'e1',
      providerId: 'p1',
      staffId: 's1',
      caseId: 'case-9',
      dispatchId: 'd2',
      servedAt: '2026-12-03T09:30:00.000Z',
      items: [
        { code: 'home_cleaning', quantity: 2, unitPrice: 3800 },
        { code: 'gas_cylinder', quantity: 1, unitPrice: 12000 },
      ],
    });
    expect(notes[0]).toEqual({ what: 'charge.recorded', to: ['2026-12'], result: '20000' });
  });

  it('given another provider did the work after a re-dispatch, when run, then its own prices apply (no unit price is sent)', async () => {
    const engine = new MemoryEngine().on('POST', '/api/billing/charges', () => ({ charge: CHARGE, repeated: false }));
    await run(engine, { ...input, order: { ...input.order, providerId: 'p2', staffId: null } }).result;
    const body = engine.requests[0].body as { providerId: string; items: unknown[]; staffId?: string };
    expect(body.providerId).toBe('p2');
    expect(body.staffId).toBeUndefined();
    expect(body.items).toEqual([{ code: 'home_cleaning', quantity: 2 }, { code: 'gas_cylinder', quantity: 1 }]);
  });

  it('given a price outside the catalogue, when run, then the job fails without retries; a conflict is retried', async () => {
    const refused = new MemoryEngine().on('POST', '/api/billing/charges', () => {
      throw new EngineRequestError(400, 'invalid_input', 'items.0.unitPrice: outside');
    });
    await expect(run(refused).result).rejects.toMatchObject({ name: 'ConnectorInputError' });
    const conflict = new MemoryEngine().on('POST', '/api/billing/charges', () => {
      throw new EngineRequestError(409, 'conflict', 'key used');
    });
    await expect(run(conflict).result).rejects.toMatchObject({ name: 'EngineRequestError' });
  });
});
