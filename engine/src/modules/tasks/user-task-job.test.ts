import { parseList, taskFromJob, USER_TASK_HEADERS, USER_TASK_JOB_TYPE, UserTaskJob } from './user-task-job';

const NOW = new Date('2025-03-01T08:00:00.000Z');

const jobWith = (customHeaders: Record<string, string | undefined>, overrides: Partial<UserTaskJob> = {}): UserTaskJob => ({
  key: '2251799813685281',
  processInstanceKey: '2251799813685270',
  processDefinitionKey: '2251799813685249',
  bpmnProcessId: 'home_visit',
  elementId: 'intake',
  elementInstanceKey: '2251799813685279',
  customHeaders,
  variables: { caller: '13800138000', urgent: true, visits: [1, 2] },
  ...overrides,
});

describe('parseList', () => {
  it.each<[string, string | undefined, string[]]>([
    ['a JSON array string', '["agents","nurses"]', ['agents', 'nurses']],
    ['a JSON array with one name', '["agents"]', ['agents']],
    ['an empty JSON array', '[]', []],
    ['a JSON array with empty names', '["agents",""]', ['agents']],
    ['a JSON array of numbers', '[1,2]', ['1', '2']],
    ['a comma list', 'agents,nurses', ['agents', 'nurses']],
    ['a comma list with spaces', ' agents , nurses ', ['agents', 'nurses']],
    ['a comma list with empty entries', 'agents,,nurses,', ['agents', 'nurses']],
    ['a single name', 'agents', ['agents']],
    ['a name with non-ASCII letters', '["社工","护士"]', ['社工', '护士']],
    ['an empty string', '', []],
    ['only commas and spaces', ' , , ', []],
    ['undefined', undefined, []],
  ])('given %s, when parsed, then the list is %j', (_what, raw, expected) => {
    expect(parseList(raw)).toEqual(expected);
  });
});

describe('taskFromJob', () => {
  describe('given a job with every user-task header', () => {
    const job = jobWith({
      [USER_TASK_HEADERS.formKey]: 'intake-form',
      [USER_TASK_HEADERS.assignee]: 'wang.li',
      [USER_TASK_HEADERS.candidateGroups]: '["agents","nurses"]',
      [USER_TASK_HEADERS.candidateUsers]: '["zhao.min"]',
      [USER_TASK_HEADERS.dueDate]: '2025-03-02T10:00:00+08:00',
    });

    it('when turned into a task, then the headers fill the task fields', () => {
      const task = taskFromJob(job, NOW);

      expect(task).toMatchObject({
        formKey: 'intake-form',
        assignee: 'wang.li',
        candidateGroups: ['agents', 'nurses'],
        candidateUsers: ['zhao.min'],
        audience: '|g:agents|g:nurses|u:zhao.min|',
        dueAt: new Date('2025-03-02T02:00:00.000Z'),
      });
    });

    it('when the process carries the caseId variable the engine sets, then the task is linked to that case', () => {
      const task = taskFromJob({ ...job, variables: { ...job.variables, caseId: 'c0ffee00-0000-4000-8000-000000000001' } }, NOW);
      expect(task.caseId).toBe('c0ffee00-0000-4000-8000-000000000001');
    });

    it('when turned into a task, then the job identity, variables and timestamps are carried over as a new open task', () => {
      const task = taskFromJob(job, NOW);

      expect(task).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        name: null,
        jobKey: '2251799813685281',
        caseId: null,
        caseNumber: null,
        processInstanceKey: '2251799813685270',
        processDefinitionKey: '2251799813685249',
        bpmnProcessId: 'home_visit',
        elementId: 'intake',
        elementInstanceKey: '2251799813685279',
        formKey: 'intake-form',
        assignee: 'wang.li',
        candidateGroups: ['agents', 'nurses'],
        candidateUsers: ['zhao.min'],
        audience: '|g:agents|g:nurses|u:zhao.min|',
        dueAt: new Date('2025-03-02T02:00:00.000Z'),
        variables: { caller: '13800138000', urgent: true, visits: [1, 2] },
        status: 'created',
        createdAt: NOW,
        completedAt: null,
        completedBy: null,
        result: null,
        priorityRank: 2,
        dueMissing: 0,
        serviceTypeKey: null,
        areaPath: null,
        draft: null,
      });
    });

    it('when turned into a task twice, then each task gets its own id', () => {
      expect(taskFromJob(job, NOW).id).not.toBe(taskFromJob(job, NOW).id);
    });
  });

  describe('given a job without headers', () => {
    it('when turned into a task, then optional fields are empty, not undefined', () => {
      const task = taskFromJob(jobWith({}), NOW);

      expect(task).toMatchObject({ formKey: null, assignee: null, candidateGroups: [], candidateUsers: [], dueAt: null, status: 'created' });
    });

    it('when no time is given, then the task is created now', () => {
      const before = Date.now();
      const task = taskFromJob(jobWith({}));
      expect(task.createdAt.getTime()).toBeGreaterThanOrEqual(before);
      expect(task.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
    });
  });

  describe('given candidate headers as comma lists', () => {
    it('when turned into a task, then they become lists too', () => {
      const task = taskFromJob(
        jobWith({ [USER_TASK_HEADERS.candidateGroups]: 'agents, nurses', [USER_TASK_HEADERS.candidateUsers]: 'zhao.min' }),
        NOW,
      );
      expect(task.candidateGroups).toEqual(['agents', 'nurses']);
      expect(task.candidateUsers).toEqual(['zhao.min']);
    });
  });

  describe('given a due date header', () => {
    it.each<[string, string | undefined, Date | null]>([
      ['an ISO date-time with offset', '2025-03-02T10:00:00+08:00', new Date('2025-03-02T02:00:00.000Z')],
      ['an ISO date-time in UTC', '2025-03-02T10:00:00Z', new Date('2025-03-02T10:00:00.000Z')],
      ['a FEEL date-time with its zone id (now() + duration)', '2025-03-02T10:00:00.123Z[Etc/UTC]', new Date('2025-03-02T10:00:00.123Z')],
      ['a zoned date-time with offset and zone id', '2025-03-02T10:00+08:00[Asia/Shanghai]', new Date('2025-03-02T02:00:00.000Z')],
      ['a text that is no date', 'tomorrow-ish', null],
      ['an impossible date', '2025-13-45T99:00:00Z', null],
      ['an empty string', '', null],
      ['no header', undefined, null],
    ])('when it is %s, then dueAt is %p', (_what, dueDate, expected) => {
      expect(taskFromJob(jobWith({ [USER_TASK_HEADERS.dueDate]: dueDate }), NOW).dueAt).toEqual(expected);
    });
  });

  describe('given a job whose keys arrive as numbers', () => {
    it('when turned into a task, then every key is stored as a string', () => {
      const numeric = { key: 101, processInstanceKey: 102, processDefinitionKey: 103, elementInstanceKey: 104 } as unknown as Partial<UserTaskJob>;

      const task = taskFromJob(jobWith({}, numeric), NOW);

      expect([task.jobKey, task.processInstanceKey, task.processDefinitionKey, task.elementInstanceKey]).toEqual(['101', '102', '103', '104']);
    });
  });

  describe('given the Zeebe constants', () => {
    it('when read, then the job type and header names are those of Zeebe job-based user tasks', () => {
      expect(USER_TASK_JOB_TYPE).toBe('io.camunda.zeebe:userTask');
      expect(USER_TASK_HEADERS).toEqual({
        formKey: 'io.camunda.zeebe:formKey',
        assignee: 'io.camunda.zeebe:assignee',
        candidateGroups: 'io.camunda.zeebe:candidateGroups',
        candidateUsers: 'io.camunda.zeebe:candidateUsers',
        dueDate: 'io.camunda.zeebe:dueDate',
      });
    });
  });
});
