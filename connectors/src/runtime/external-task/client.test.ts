import { operatonUrl } from '../../../test/support/operaton';
import { ExternalTaskClient, ExternalTaskRejection, ProcessEngineUnavailable } from './client';

describe('the external task client', () => {
  it('given a task that does not exist, when it is completed, then the engine\'s refusal is a rejection with its status and type', async () => {
    const client = new ExternalTaskClient({ restUrl: operatonUrl(), workerId: 'client-test' });
    const error = await client.complete('no-such-task', { localVariables: { x: 1 } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExternalTaskRejection);
    expect(error).toMatchObject({ status: 404, type: 'RestException', retryable: false });
  });

  it('given no tasks on a topic, when it long-polls, then it answers an empty list once the poll times out', async () => {
    const client = new ExternalTaskClient({ restUrl: operatonUrl(), workerId: 'client-test' });
    const topics = [{ topicName: 'careflow:nothing-here:1', lockDuration: 1_000, variables: [], localVariables: true }];

    await expect(client.fetchAndLock({ maxTasks: 1, topics, asyncResponseTimeout: 300 })).resolves.toEqual([]);
  });

  it('given nothing listens, when a call is made, then it is the engine being unavailable, not a refusal', async () => {
    const client = new ExternalTaskClient({ restUrl: 'http://127.0.0.1:9/engine-rest', workerId: 'client-test', requestTimeoutMs: 1_000 });

    await expect(client.extendLock('t-1', 1_000)).rejects.toBeInstanceOf(ProcessEngineUnavailable);
  });
});
