import { EventEmitter } from 'node:events';
import { DataSource } from 'typeorm';
import { HistoricTask } from '../../../operaton/history-tasks';
import { testDatabases } from '../../../../test/support/databases';
import { useTestDataSource } from '../../../../test/support/test-data-source';
import { TaskEntity } from '../entities';
import { OperatonTaskRows, TaskProjectionEvents } from './rows';
import { taskFromEngine } from './task-row';

const engineTask = (n: number): HistoricTask => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: '回访',
  processDefinitionKey: 'visit',
  processDefinitionId: 'visit:1:abc',
  processInstanceId: `pi-${n}`,
  executionId: `ex-${n}`,
  activityInstanceId: `visit:${n}`,
  taskDefinitionKey: 'visit',
  assignee: null,
  owner: null,
  priority: 50,
  due: null,
  followUp: null,
  startTime: '2026-12-02T08:00:00.000+0000',
  endTime: null,
  deleteReason: null,
});
const row = (n: number) => taskFromEngine({ history: engineTask(n), variables: {}, candidates: { groups: ['agents'], users: [] }, formKey: 'visit-form' });

describe.each(testDatabases())('task rows of Operaton tasks ($name)', ({ create }) => {
  const database = useTestDataSource(create);
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = database.dataSource;
  });

  it('given 1,200 open tasks found at once (a first start after a long outage), when inserted, then every one gets a row and is announced once, and inserting them again adds none', async () => {
    const events = new EventEmitter<TaskProjectionEvents>();
    const announced: string[] = [];
    events.on('task.created', (task) => announced.push(task.jobKey));
    const rows = new OperatonTaskRows(dataSource, events);
    const tasks = Array.from({ length: 1200 }, (_, i) => row(i + 1));

    expect(await rows.insert(tasks)).toHaveLength(1200);
    expect(await dataSource.getRepository(TaskEntity).countBy({ bpmnProcessId: 'visit' })).toBe(1200);
    expect(new Set(announced).size).toBe(1200);

    const again = Array.from({ length: 1200 }, (_, i) => row(i + 1));
    expect(await rows.insert(again)).toHaveLength(0);
    expect(await dataSource.getRepository(TaskEntity).countBy({ bpmnProcessId: 'visit' })).toBe(1200);
    expect(announced).toHaveLength(1200);
  });
});
