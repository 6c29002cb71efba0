import type { CallAdapter } from './types';
import { createCallRecord, followCallRecord } from './engine-calls';

/**
 * The default adapter: the engine's call record is the call. It rings in the web softphone panel
 * and the simulator API (tests, demos) answers, presses keys, is busy or hangs up.
 */
export const simulatorAdapter: CallAdapter = {
  name: 'simulator',
  place: async (request, ctx) => ({ id: (await createCallRecord(request, 'simulator', ctx)).id }),
  settle: (call, request, ctx) => followCallRecord(call.id, request, ctx),
};
