import { MemoryEngine } from '../../../test/support/memory-engine';
import { EngineRequestError } from '../../runtime/engine-client';
import { postReceipt } from './receipts';

describe('posting a delivery receipt', () => {
  it('given the message id is not stored yet, when the receipt is posted, then it is tried again until the outbox knows it', async () => {
    let known = false;
    const engine = new MemoryEngine().on('POST', '/api/sms/receipts', () => {
      if (!known) {
        known = true;
        throw new EngineRequestError(404, 'not_found', 'unknown id');
      }
      return { message: { status: 'delivered' } };
    });
    await postReceipt(engine, { providerMessageId: 'MSG1', status: 'delivered' }, [1, 1]);
    expect(engine.requests.filter((r) => r.path === '/api/sms/receipts')).toHaveLength(2);
  });

  it('given an id the outbox never learns, when posted, then it gives up after the pauses with the 404', async () => {
    const engine = new MemoryEngine();
    await expect(postReceipt(engine, { providerMessageId: 'MSG2', status: 'failed' }, [1, 1])).rejects.toMatchObject({ status: 404 });
    expect(engine.requests).toHaveLength(3);
  });

  it('given a refusal other than 404, when posted, then it is not retried', async () => {
    const engine = new MemoryEngine().on('POST', '/api/sms/receipts', () => {
      throw new EngineRequestError(409, 'conflict', 'already delivered');
    });
    await expect(postReceipt(engine, { providerMessageId: 'MSG3', status: 'failed' }, [1, 1])).rejects.toMatchObject({ status: 409 });
    expect(engine.requests).toHaveLength(1);
  });
});
