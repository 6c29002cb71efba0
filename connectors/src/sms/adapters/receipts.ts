import type { EngineClient } from '../../runtime/engine-client';
import { EngineRequestError } from '../../runtime/engine-client';
import { DeliveryReceipt } from './types';

/**
 * Records a delivery receipt in the outbox. A fast SMSC can report before the job has stored the
 * provider's id (a 404), so an unknown id is tried again a few times before it is given up.
 */
export async function postReceipt(engine: EngineClient, receipt: DeliveryReceipt, pauses: number[] = [500, 2_000, 5_000]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await engine.post('/api/sms/receipts', receipt);
      return;
    } catch (error) {
      const unknownYet = error instanceof EngineRequestError && error.status === 404;
      if (!unknownYet || attempt >= pauses.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauses[attempt]));
    }
  }
}
