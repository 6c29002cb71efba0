import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { testDatabases } from '../../../test/support/databases';
import { useTestDataSource } from '../../../test/support/test-data-source';
import { PublicUser } from '../identity/entities';
import { audienceOf } from './audience';
import { Task, TaskEntity } from './entities';
import { canSeeTask, INBOX_COUNT_CAP, InboxQuery, queryInbox } from './inbox';

/** The inbox is a query over task rows: these tests write rows directly, no broker needed. */
let nextKey = 1_000;
function taskRow(fields: Partial<Task>): Partial<Task> {
  const key = String(nextKey++);
  const row: Partial<Task> = {
    id: crypto.randomUUID(),
    jobKey: key,
    processInstanceKey: key,
    processDefinitionKey: '1',
    bpmnProcessId: 'inbox-test',
    elementId: 'visit',
    elementInstanceKey: key,
    candidateGroups: [],
    candidateUsers: [],
    variables: {},
    status: 'created',
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, nextKey % 60)),
    priorityRank: 2,
    dueMissing: 1,
    ...fields,
  };
  return { ...row, audience: audienceOf(row.candidateGroups ?? [], row.candidateUsers ?? []) };
}

const agent = (username: string, groups: string[]): PublicUser =>
  ({ id: username, username, displayName: username, roles: ['agent'], groups, areaScope: null, providerId: null }) as unknown as PublicUser;
const supervisor = { ...agent('boss', []), roles: ['supervisor'] } as PublicUser;
const query = (fields: Partial<InboxQuery> = {}): InboxQuery => ({ view: 'visible', status: 'created', sort: 'priority', page: 1, pageSize: 20, ...fields });

describe.each(testDatabases())('inbox query on $name', ({ create }) => {
  const database = useTestDataSource(create);
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = database.dataSource;
    const rows = [
      // More hotline tasks than the count cap, one of them an emergency.
      ...Array.from({ length: INBOX_COUNT_CAP + 5 }, (_, i) => taskRow({ candidateGroups: ['hotline'], priorityRank: i === 7 ? 0 : 2 })),
      taskRow({ candidateGroups: ['complaints'] }),
      taskRow({ candidateGroups: ['complaints'], assignee: 'wang' }),
      taskRow({ candidateUsers: ['li'] }),
      taskRow({ candidateGroups: ['night-a1b'] }), // "_" in a name must not match any character
      taskRow({ candidateGroups: ['district'], areaPath: '/3701/370102/370102001/' }),
      taskRow({ candidateGroups: ['district'], areaPath: '/3701/370103/' }),
      taskRow({ candidateGroups: ['district'] }), // a case without an elder: no area
      taskRow({}), // no candidates: anyone's
      taskRow({ candidateGroups: ['hotline'], status: 'completed' }),
    ];
    await dataSource.getRepository(TaskEntity).insert(rows.map((row) => asRow<Task>(row)));
  }, 60_000);

  it('given more visible tasks than the cap, when counted, then total stops at the cap and says there are more', async () => {
    const page = await queryInbox(dataSource, agent('zhao', ['hotline']), null, query());
    expect(page).toMatchObject({ total: INBOX_COUNT_CAP, totalCapped: true });
    expect(page.tasks).toHaveLength(20);
    expect(page.tasks[0].priorityRank).toBe(0);
  });

  it('given fewer visible tasks than the cap, when counted, then the total is exact', async () => {
    const wang = await queryInbox(dataSource, agent('wang', ['complaints']), null, query());
    // the unassigned complaints task, the one wang holds, and the task naming no candidates
    expect(wang).toMatchObject({ total: 3, totalCapped: false });
    expect(await queryInbox(dataSource, agent('li', []), null, query())).toMatchObject({ total: 2, totalCapped: false });
    expect(await queryInbox(dataSource, agent('wang', ['complaints']), null, query({ view: 'mine' }))).toMatchObject({ total: 1, totalCapped: false });
  });

  it('given a group name with a LIKE wildcard, when matched, then only that exact group matches', async () => {
    expect(await queryInbox(dataSource, agent('sun', ['night_a1b']), null, query())).toMatchObject({ total: 1, totalCapped: false }); // only the open task
    expect((await queryInbox(dataSource, agent('sun', ['night-a1b']), null, query())).total).toBe(2);
  });

  it('given a user limited to an area, when they open the inbox, then tasks of other areas stay out and tasks without an area stay in', async () => {
    const districtTasks = async (scope: string[] | null) =>
      (await queryInbox(dataSource, agent('qian', ['district']), scope, query())).tasks.filter((t) => t.candidateGroups.includes('district')).map((t) => t.areaPath ?? 'none');
    expect((await districtTasks(['/3701/370102/'])).sort()).toEqual(['/3701/370102/370102001/', 'none']);
    expect(await districtTasks(null)).toHaveLength(3);
    expect(await districtTasks([])).toEqual(['none']); // a scope naming no known area
    const outside = { ...(await queryInbox(dataSource, agent('qian', ['district']), null, query())).tasks.find((t) => t.areaPath === '/3701/370103/')! };
    expect(canSeeTask(outside, agent('qian', ['district']), ['/3701/370102/'])).toBe(false);
    expect(canSeeTask(outside, agent('qian', ['district']), null)).toBe(true);
  });

  it('given a page past the cap, when asked for, then its rows still come back', async () => {
    const last = await queryInbox(dataSource, agent('zhao', ['hotline']), null, query({ page: 6 }));
    expect(last.tasks).toHaveLength(INBOX_COUNT_CAP + 5 + 1 - 5 * 20);
    expect(last.totalCapped).toBe(true);
  });

  it('given a supervisor, when they look at every task, then the cap applies too and completed tasks stay out', async () => {
    expect(await queryInbox(dataSource, supervisor, null, query({ view: 'all' }))).toMatchObject({ total: INBOX_COUNT_CAP, totalCapped: true });
    expect(await queryInbox(dataSource, supervisor, null, query({ view: 'all', status: 'completed' }))).toMatchObject({ total: 1, totalCapped: false });
  });
});
