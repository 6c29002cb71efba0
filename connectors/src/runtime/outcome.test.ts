import { z } from 'zod';
import { testJob as job, testRunDeps } from '../../test/support/jobs';
import { ConnectorDescriptor, defineConnector, JobInfo } from './descriptor';
import { ConnectorBpmnError, ConnectorInputError, retryBackoffMs } from './errors';
import { runConnector as runWithDeps } from './outcome';

const FIVE_MINUTES = 5 * 60_000;

/** The outcome alone, on a fresh in-memory engine. */
const runConnector = async (d: ConnectorDescriptor, variables: unknown, j: JobInfo) => (await runWithDeps(d, variables as Record<string, unknown>, j, testRunDeps())).outcome;

const labels = { 'zh-CN': '测试', en: 'Test' };

/** The registry's view of a connector: its input and output types erased (as in registry.ts). */
const erased = <I extends z.ZodType, O extends Record<string, unknown>>(d: ConnectorDescriptor<I, O>) => d as unknown as ConnectorDescriptor;

/** Sends an SMS (pretend): answers with what it was given and the job it ran for. */
const sms = erased(
  defineConnector({
    id: 'test-sms',
    version: 1,
    name: labels,
    description: labels,
    input: z.object({ phone: z.string().regex(/^\d{11}$/), text: z.string().min(1), copies: z.number().int().min(1).default(1) }),
    run: async (input, { job: info }) => ({
      sent: { to: input.phone, text: input.text, copies: input.copies, jobKey: info.key, idempotencyKey: info.idempotencyKey },
    }),
  }),
);

/** A connector whose run throws whatever it is given. */
const throwing = (error: unknown) =>
  erased(
    defineConnector({
      id: 'test-throwing',
      version: 1,
      name: labels,
      description: labels,
      input: z.object({}),
      run: async () => {
        throw error;
      },
    }),
  );

describe('runConnector', () => {
  describe('given valid input', () => {
    it('when run, then the job completes with the output of the run', async () => {
      const outcome = await runConnector(sms, { phone: '13800138000', text: '明天上午上门' }, job());

      expect(outcome).toEqual({
        kind: 'complete',
        variables: { sent: { to: '13800138000', text: '明天上午上门', copies: 1, jobKey: '2251799813685300', idempotencyKey: 'careflow:test:1/2251799813685295' } },
      });
    });

    it('when the variables hold more than the input, then the run sees the parsed input only', async () => {
      const seen: unknown[] = [];
      const spy = erased(
        defineConnector({
          id: 'test-spy',
          version: 1,
          name: labels,
          description: labels,
          input: z.object({ text: z.string() }),
          run: async (input) => {
            seen.push(input);
            return { ok: true };
          },
        }),
      );

      const outcome = await runConnector(spy, { text: 'hi', caller: '13800138000', secret: 'x' }, job());

      expect(outcome).toEqual({ kind: 'complete', variables: { ok: true } });
      expect(seen).toEqual([{ text: 'hi' }]);
    });
  });

  describe('given invalid input', () => {
    it.each([
      ['a missing field', { text: 'hi' }, 'phone'],
      ['a field of the wrong shape', { phone: '12345', text: 'hi' }, 'phone'],
      ['an empty field', { phone: '13800138000', text: '' }, 'text'],
      ['a field of the wrong type', { phone: '13800138000', text: 'hi', copies: 'two' }, 'copies'],
    ])('when run with %s, then the BPMN error INVALID_INPUT names %s (never retried)', async (_what, variables, field) => {
      const outcome = await runConnector(sms, variables, job(3));

      expect(outcome).toEqual({ kind: 'bpmnError', errorCode: 'INVALID_INPUT', errorMessage: expect.stringContaining(`${field}: `) });
      expect(outcome.kind === 'bpmnError' && outcome.errorMessage).toMatch(/^Invalid input for test-sms: /);
    });

    it('when run with two bad fields, then the message names both', async () => {
      const outcome = await runConnector(sms, { phone: 'x', text: '' }, job());

      expect(outcome.kind).toBe('bpmnError');
      expect(outcome.kind === 'bpmnError' && outcome.errorMessage).toMatch(/phone: .*; text: /);
    });

    it.each([
      ['null', null],
      ['a string', 'not an object'],
    ])('when the variables are %s, then INVALID_INPUT names the whole input', async (_what, variables) => {
      const outcome = await runConnector(sms, variables, job());

      expect(outcome).toEqual({ kind: 'bpmnError', errorCode: 'INVALID_INPUT', errorMessage: expect.stringContaining('(input): ') });
    });
  });

  describe('given the run raises a ConnectorBpmnError', () => {
    it('when run, then the job throws a BPMN error with that code and message', async () => {
      const outcome = await runConnector(throwing(new ConnectorBpmnError('NO_ANSWER', 'The family did not answer')), {}, job());

      expect(outcome).toEqual({ kind: 'bpmnError', errorCode: 'NO_ANSWER', errorMessage: 'The family did not answer' });
    });
  });

  describe('given the run raises a ConnectorInputError', () => {
    it('when run, then the job fails at once with no retries', async () => {
      const outcome = await runConnector(throwing(new ConnectorInputError('template "x" does not exist')), {}, job(3));

      expect(outcome).toEqual({ kind: 'fail', errorMessage: 'template "x" does not exist', retries: 0, retryBackOffMs: 0 });
    });
  });

  describe('given the run raises any other error', () => {
    it.each([
      [3, 2, 1000],
      [2, 1, 2000],
      [1, 0, 0],
      [0, 0, 0],
    ])('when the job has %i retries left, then it fails with %i retries and a backoff of %i ms (none once it becomes an incident)', async (left, retries, backoff) => {
      const outcome = await runConnector(throwing(new Error('SMS gateway timed out')), {}, job(left));

      expect(outcome).toEqual({ kind: 'fail', errorMessage: 'SMS gateway timed out', retries, retryBackOffMs: backoff });
    });

    it('when the job is retried until it runs out, then each backoff is longer than the one before and within 5 minutes', async () => {
      const backoffs: number[] = [];
      for (let left = 3; left >= 2; left--) {
        const outcome = await runConnector(throwing(new Error('down')), {}, job(left));
        if (outcome.kind !== 'fail') throw new Error(`expected a failure, got ${outcome.kind}`);
        backoffs.push(outcome.retryBackOffMs);
      }

      for (let i = 1; i < backoffs.length; i++) expect(backoffs[i]).toBeGreaterThan(backoffs[i - 1]);
      for (const ms of backoffs) expect(ms).toBeLessThanOrEqual(FIVE_MINUTES);
    });

    it.each([
      ['a string', 'plain failure', 'plain failure'],
      ['a TypeError', new TypeError('x is undefined'), 'x is undefined'],
    ])('when the thrown value is %s, then its text is the error message', async (_what, thrown, message) => {
      const outcome = await runConnector(throwing(thrown), {}, job(3));

      expect(outcome).toMatchObject({ kind: 'fail', errorMessage: message, retries: 2 });
    });
  });
});

describe('retryBackoffMs', () => {
  it.each([
    [-1, 1000],
    [0, 1000],
    [1, 2000],
    [2, 4000],
    [3, 8000],
    [8, 256_000],
    [9, FIVE_MINUTES],
    [20, FIVE_MINUTES],
  ])('given attempt %i, when computed, then the backoff is %i ms', (attempt, expected) => {
    expect(retryBackoffMs(attempt)).toBe(expected);
  });

  it('given attempts 0 to 30, when computed, then the backoff never shrinks and never passes 5 minutes', () => {
    const backoffs = Array.from({ length: 31 }, (_, attempt) => retryBackoffMs(attempt));

    for (let i = 1; i < backoffs.length; i++) expect(backoffs[i]).toBeGreaterThanOrEqual(backoffs[i - 1]);
    expect(Math.max(...backoffs)).toBe(FIVE_MINUTES);
  });
});
