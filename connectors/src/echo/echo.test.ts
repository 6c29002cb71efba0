import { jobType } from '../runtime/descriptor';
import { createJobContext } from '../runtime/job-context';
import { testJob } from '../../test/support/jobs';
import { MemoryEngine } from '../../test/support/memory-engine';
import { ConnectorBpmnError } from '../runtime/errors';
import { echoConnector } from './descriptor';

/** The context a run gets from the runtime, with an in-memory engine. */
const ctx = () => createJobContext({ job: testJob(), jobType: 'careflow:echo:1', variables: {}, engine: new MemoryEngine(), logger: console, signal: new AbortController().signal }).ctx;

describe('echo connector', () => {
  describe('given a message', () => {
    it('when run, then it answers with the message, the job key and an ISO timestamp', async () => {
      const output = await echoConnector.run({ message: '老人需要上门助餐' }, ctx());

      expect(output).toEqual({
        echo: { message: '老人需要上门助餐', jobKey: '2251799813685300', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) },
      });
      expect(new Date(output.echo.at).toISOString()).toBe(output.echo.at);
    });
  });

  describe('given raiseErrorCode', () => {
    it('when run, then it raises a ConnectorBpmnError with that code instead of answering', async () => {
      const run = echoConnector.run({ message: 'hi', raiseErrorCode: 'FAMILY_UNREACHABLE' }, ctx());

      await expect(run).rejects.toBeInstanceOf(ConnectorBpmnError);
      await expect(run).rejects.toMatchObject({ errorCode: 'FAMILY_UNREACHABLE', message: 'Echo was asked to raise FAMILY_UNREACHABLE' });
    });
  });

  describe('given its input schema', () => {
    it.each([
      ['a message', { message: 'hi' }],
      ['a message of 1000 characters', { message: 'x'.repeat(1000) }],
      ['a message and an error code', { message: 'hi', raiseErrorCode: 'NO-ANSWER_1' }],
    ])('when %s is parsed, then it is accepted', (_what, input) => {
      expect(echoConnector.input.safeParse(input)).toMatchObject({ success: true, data: input });
    });

    it.each([
      ['an empty message', { message: '' }, 'message'],
      ['no message', {}, 'message'],
      ['a message that is not a string', { message: 42 }, 'message'],
      ['a message of 1001 characters', { message: 'x'.repeat(1001) }, 'message'],
      ['an error code with spaces', { message: 'hi', raiseErrorCode: 'NO ANSWER' }, 'raiseErrorCode'],
      ['an empty error code', { message: 'hi', raiseErrorCode: '' }, 'raiseErrorCode'],
      ['an error code of 65 characters', { message: 'hi', raiseErrorCode: 'E'.repeat(65) }, 'raiseErrorCode'],
    ])('when %s is parsed, then it is refused on %s', (_what, input, field) => {
      const parsed = echoConnector.input.safeParse(input);

      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
    });
  });

  describe('given its identity', () => {
    it('when its job type is derived, then it is careflow:echo:1', () => {
      expect(jobType(echoConnector)).toBe('careflow:echo:1');
    });
  });
});
