import { createJobContext } from '../runtime/job-context';
import { EngineRequestError } from '../runtime/engine-client';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { quoteConnector } from './descriptor';
import { quoteOrder, QuoteInput } from './run';

const quiet = { info: () => undefined, warn: () => undefined };
const QUOTE = {
  elderId: 'e1',
  elderName: '王秀英',
  category: 'low_pay',
  provider: { id: 'p1', name: '安心家政' },
  month: '2026-12',
  lines: [
    { code: 'home_cleaning', name: '居家保洁', unit: '小时', quantity: 2, unitPrice: 4000, amount: 8000, subsidy: 4000, elderShare: 4000 },
    { code: 'gas_cylinder', name: '送液化气', unit: '瓶', quantity: 1, unitPrice: 12000, amount: 12000, subsidy: 0, elderShare: 12000 },
  ],
  totals: { amount: 20000, subsidy: 4000, elderShare: 16000 },
  cap: { monthlyCap: 30000, usedBefore: 0, remaining: 30000 },
};
const input: QuoteInput = { elderId: 'e1', items: [{ code: 'home_cleaning', quantity: 2 }, { code: 'gas_cylinder', quantity: 1 }] };

function run(engine: MemoryEngine, given = input) {
  const { ctx, notes } = createJobContext({ job: testJob(), jobType: 'careflow:quote:1', variables: { caseId: 'case-9' }, engine, logger: quiet, signal: new AbortController().signal });
  return { result: quoteOrder(given, ctx), notes };
}

describe('quote connector', () => {
  it('given an elder and items, when run, then the engine’s quote comes back with a sentence the agent reads out', async () => {
    const engine = new MemoryEngine().on('POST', '/api/billing/quotes', () => ({ quote: QUOTE }));
    const { result, notes } = run(engine);
    const out = await result;
    expect(engine.requests[0].body).toEqual(input);
    expect(out.quote).toEqual({ provider: QUOTE.provider, month: '2026-12', category: 'low_pay', lines: QUOTE.lines, totals: QUOTE.totals });
    expect(out.quoteSummary).toBe('居家保洁 2小时 × ¥40.00 = ¥80.00（补贴 ¥40.00）；送液化气 1瓶 × ¥120.00 = ¥120.00。合计 ¥200.00，补贴 ¥40.00，老人自付 ¥160.00。服务商：安心家政');
    expect(notes[0]).toEqual({ what: 'quote.priced', to: ['安心家政'], result: '¥160.00' });
  });

  it('given no provider can serve, when run, then it is the BPMN error NO_PROVIDER', async () => {
    const engine = new MemoryEngine().on('POST', '/api/billing/quotes', () => {
      throw new EngineRequestError(422, 'no_provider', 'No provider can take home_cleaning');
    });
    await expect(run(engine).result).rejects.toMatchObject({ errorCode: 'NO_PROVIDER' });
  });

  it('given an item the provider does not offer, when run, then the job fails without retries', async () => {
    const engine = new MemoryEngine().on('POST', '/api/billing/quotes', () => {
      throw new EngineRequestError(400, 'invalid_input', 'items.0.code: not offered');
    });
    await expect(run(engine).result).rejects.toMatchObject({ name: 'ConnectorInputError' });
  });

  it('given the intake form’s rows, when parsed as input, then quantities must be whole numbers from 1 to 99', () => {
    expect(quoteConnector.input.safeParse({ elderId: 'e1', items: [{ code: 'home_cleaning', quantity: 2 }] }).success).toBe(true);
    for (const quantity of [0, 1.5, 100]) expect(quoteConnector.input.safeParse({ elderId: 'e1', items: [{ code: 'home_cleaning', quantity }] }).success).toBe(false);
    expect(quoteConnector.input.safeParse({ elderId: 'e1', items: [] }).success).toBe(false);
  });
});
