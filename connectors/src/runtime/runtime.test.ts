import { z } from 'zod';
import { MemoryEngine } from '../../test/support/memory-engine';
import { testJob, testRunDeps } from '../../test/support/jobs';
import { ConnectorDescriptor, defineConnector } from './descriptor';
import { runConnector } from './outcome';

const labels = { 'zh-CN': '测试', en: 'Test' };
const erased = <I extends z.ZodType, O extends Record<string, unknown>>(d: ConnectorDescriptor<I, O>) => d as unknown as ConnectorDescriptor;

/** Sends to each phone through a counter that stands for the outside world. */
function smsTo(sent: string[], failFirst = 0) {
  let failures = failFirst;
  return erased(
    defineConnector({
      id: 'test-sms',
      version: 1,
      name: labels,
      description: labels,
      input: z.object({ phones: z.array(z.string()), token: z.string().optional() }),
      run: async (input, ctx) => {
        for (const phone of input.phones) {
          await ctx.once(`sms:${phone}`, async () => {
            sent.push(`${phone}|${input.token ?? ''}`);
            return { phone };
          });
          ctx.note({ what: 'sms.sent', to: [phone], result: `token ${input.token ?? ''}` });
          if (failures-- > 0) throw new Error(`gateway dropped the line after ${phone} (token ${input.token})`);
        }
        return { sms: { count: input.phones.length } };
      },
    }),
  );
}

describe('the connector runtime', () => {
  describe('given a job delivered twice', () => {
    it('when both deliveries run, then each side effect happened once and the second delivery answers the recorded result', async () => {
      const sent: string[] = [];
      const deps = testRunDeps();
      const first = await runConnector(smsTo(sent), { phones: ['13800138000', '13900139000'] }, testJob(), deps);
      const second = await runConnector(smsTo(sent), { phones: ['13800138000', '13900139000'] }, testJob(), deps);

      expect(first.outcome).toEqual({ kind: 'complete', variables: { sms: { count: 2 } } });
      expect(second.outcome).toEqual(first.outcome);
      expect(sent).toEqual(['13800138000|', '13900139000|']);
    });
  });

  describe('given a run that fails after its first side effect', () => {
    it('when the job is retried, then the first recipient is not sent to again and the job completes', async () => {
      const sent: string[] = [];
      const deps = testRunDeps();
      const connector = smsTo(sent, 1);
      const failed = await runConnector(connector, { phones: ['13800138000', '13900139000'] }, testJob(3), deps);
      const retried = await runConnector(connector, { phones: ['13800138000', '13900139000'] }, testJob(2), deps);

      expect(failed.outcome).toMatchObject({ kind: 'fail', retries: 2 });
      expect(retried.outcome).toEqual({ kind: 'complete', variables: { sms: { count: 2 } } });
      expect(sent).toEqual(['13800138000|', '13900139000|']);
    });
  });

  describe('given an input naming a secret', () => {
    it('when the secret is set, then the run sees its value and errors and notes show it masked', async () => {
      const sent: string[] = [];
      const deps = testRunDeps(new MemoryEngine(), { CAREFLOW_SECRET_GATEWAY_TOKEN: 's3cr3t-value' });
      const { outcome, notes } = await runConnector(smsTo(sent, 1), { phones: ['13800138000'], token: 'Bearer {{secrets.GATEWAY_TOKEN}}' }, testJob(3), deps);

      expect(sent).toEqual(['13800138000|Bearer s3cr3t-value']);
      expect(outcome).toMatchObject({ kind: 'fail', errorMessage: 'gateway dropped the line after 13800138000 (token Bearer ****)' });
      expect(notes).toEqual([{ what: 'sms.sent', to: ['13800138000'], result: 'token Bearer ****' }]);
      expect(deps.secrets.mask({ variables: { token: 'Bearer s3cr3t-value' } })).toEqual({ variables: { token: 'Bearer ****' } });
    });

    it('when the secret is not set, then the job fails at once naming it, and nothing is sent', async () => {
      const sent: string[] = [];
      const { outcome } = await runConnector(smsTo(sent), { phones: ['13800138000'], token: '{{secrets.MISSING_ONE}}' }, testJob(3), testRunDeps());

      expect(outcome).toEqual({ kind: 'fail', errorMessage: expect.stringContaining('Secrets not set: MISSING_ONE'), retries: 0, retryBackOffMs: 0 });
      expect(sent).toEqual([]);
    });
  });

  describe('given the task properties', () => {
    it('when retryBackoff is PT30S, then a failure waits 30 s', async () => {
      const { outcome } = await runConnector(smsTo([], 1), { phones: ['13800138000'] }, testJob(3, { retryBackoff: 'PT30S' }), testRunDeps());

      expect(outcome).toMatchObject({ kind: 'fail', retries: 2, retryBackOffMs: 30_000 });
    });

    it('when it completes, then its output is the variables it sets (the task\'s output parameters map them on)', async () => {
      const { outcome } = await runConnector(smsTo([]), { phones: ['13800138000'] }, testJob(3), testRunDeps());

      expect(outcome).toEqual({ kind: 'complete', variables: { sms: { count: 1 } } });
    });
  });

  describe('given a run that takes longer than the connector allows', () => {
    it('when it runs, then the job fails (to be retried) and the run is told to stop', async () => {
      let aborted = false;
      const slow = erased(
        defineConnector({
          id: 'test-slow',
          version: 1,
          name: labels,
          description: labels,
          input: z.object({}),
          timeoutMs: 1_000,
          run: (_input, ctx) =>
            new Promise<Record<string, unknown>>((resolve) => {
              ctx.signal.addEventListener('abort', () => (aborted = true));
              setTimeout(() => resolve({}), 5_000).unref();
            }),
        }),
      );
      const { outcome } = await runConnector(slow, {}, testJob(3), testRunDeps());

      expect(outcome).toMatchObject({ kind: 'fail', retries: 2, errorMessage: 'test-slow did not finish within 1 s' });
      expect(aborted).toBe(true);
    });
  });
});
