import { smsConnector } from '../../sms/descriptor';
import { useSmsAdapter } from '../../sms/adapters';
import { outboxAdapter } from '../../sms/adapters/outbox';
import { OutgoingSms } from '../../sms/adapters/types';
import { fakeSmsEngine } from '../../sms/fake-outbox';
import { c7ElementTemplate } from '../../templates/c7/element-template';
import { templatedTask } from '../../../test/support/c7-task';
import { startTestWorkers } from '../../../test/support/external-task-workers';
import { deleteStartedProcesses, deploy, get, historicVariables, processXml, reached, startProcess } from '../../../test/support/operaton';
import { ConnectorDescriptor } from '../descriptor';
import { EngineClient } from '../engine-client';

const sms = smsConnector as unknown as ConnectorDescriptor;

describe('idempotency on the external-task runtime', () => {
  let running: ReturnType<typeof startTestWorkers> | undefined;
  afterEach(async () => {
    await running?.workers.close();
    await useSmsAdapter(undefined);
    await deleteStartedProcesses();
  });

  it('given the SMS went out and then CareFlow\'s API failed, when Operaton offers the task again, then no second SMS is sent and the task completes', async () => {
    const { engine, messages } = fakeSmsEngine();
    // The local outbox adapter, counting what it hands over.
    const sent: OutgoingSms[] = [];
    const outbox = outboxAdapter();
    await useSmsAdapter({ name: 'outbox', send: (message) => (sent.push(message), outbox.send(message)) });
    // Marking the first message sent fails once: after the send, before the task could complete.
    let patches = 0;
    const flaky: EngineClient = {
      get: (path) => engine.get(path),
      post: (path, body) => engine.post(path, body),
      put: (path, body) => engine.put(path, body),
      patch: (path, body) => (patches++ === 0 ? Promise.reject(new Error('CareFlow API unreachable')) : engine.patch(path, body)),
    };
    const task = templatedTask(c7ElementTemplate(sms), 'notify_family', { recipients: '["13800138000"]', content: '您好，救助人员已出发。', 'output.sms': 'familySms', retryBackoff: 'PT1S' });
    await deploy('et_sms_once', processXml('et_sms_once', task, 'notify_family', 'notify_family'));
    running = startTestWorkers([sms], { engine: flaky });
    const id = await startProcess('et_sms_once', { caseId: 'case-7' });
    await reached(id, 'done');

    const logs = await get<{ externalTaskId: string; failureLog: boolean; successLog: boolean }[]>(`/history/external-task-log?processInstanceId=${id}`);
    const taskId = logs.find((l) => l.successLog)!.externalTaskId;
    expect(logs.filter((l) => l.failureLog)).toEqual([expect.objectContaining({ externalTaskId: taskId })]);
    expect(sent).toHaveLength(1);
    expect(messages).toEqual([expect.objectContaining({ key: `careflow:sms:1/${taskId}/13800138000`, caseId: 'case-7', phone: '13800138000', status: 'sent' })]);
    expect((await historicVariables(id)).familySms).toEqual({ sent: 1, failed: 0, messageIds: ['m1'] });
  });
});
