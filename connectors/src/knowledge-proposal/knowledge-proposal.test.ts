import { createJobContext } from '../runtime/job-context';
import { EngineRequestError } from '../runtime/engine-client';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { knowledgeProposalConnector } from './descriptor';
import { proposeArticle, ProposalInput } from './run';

const quiet = { info: () => undefined, warn: () => undefined };
const input: ProposalInput = { question: '高龄津贴几号发', answer: '每月 15 日前发到社保卡。', category: 'elder_care' };

function run(engine: MemoryEngine, caseId: string | undefined = 'case-9') {
  const { ctx, notes } = createJobContext({ job: testJob(), jobType: 'careflow:knowledge-proposal:1', variables: caseId ? { caseId } : {}, engine, logger: quiet, signal: new AbortController().signal });
  return { result: proposeArticle(input, ctx), notes };
}

describe('knowledge-proposal connector', () => {
  it('given a case’s question and answer, when run, then one proposal keyed by the job is posted and the draft’s id comes back', async () => {
    const engine = new MemoryEngine().on('POST', '/api/knowledge/proposals', () => ({ articleId: 'a-1', repeated: false }));
    const { result, notes } = run(engine);
    expect(await result).toEqual({ proposedArticle: 'a-1' });
    expect(engine.requests[0].body).toEqual({ key: testJob().idempotencyKey, caseId: 'case-9', question: input.question, answer: input.answer, category: 'elder_care' });
    expect(notes[0]).toEqual({ what: 'knowledge.proposed', result: 'a-1' });
  });

  it('given no case, a one-letter question or an engine that refuses, when run, then the job fails without retries; the engine down is retried', async () => {
    await expect(run(new MemoryEngine(), undefined).result).rejects.toMatchObject({ name: 'ConnectorInputError' });
    expect(knowledgeProposalConnector.input.safeParse({ question: '低', answer: '…' }).success).toBe(false);
    const refused = new MemoryEngine().on('POST', '/api/knowledge/proposals', () => {
      throw new EngineRequestError(404, 'not_found', 'Case case-9 not found');
    });
    await expect(run(refused).result).rejects.toMatchObject({ name: 'ConnectorInputError' });
    const down = new MemoryEngine().on('POST', '/api/knowledge/proposals', () => {
      throw new EngineRequestError(503, 'unavailable', 'database down');
    });
    await expect(run(down).result).rejects.toMatchObject({ name: 'EngineRequestError' });
  });
});
