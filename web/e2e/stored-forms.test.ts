import { HOSTILE_EXPRESSIONS, RAN } from '@careflow/forms/src/expression-cases';
import { Page } from 'playwright-core';
import { FormVersionEntity } from '../../engine/src/modules/forms/entities';
import { eventually } from '../../engine/test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';

type TaskAnswer = { task: { status: string; result: Record<string, unknown> | null } };
const CATASTROPHIC = '^(a+)+$';
const input = (title: string, more: Record<string, unknown> = {}) => ({ type: 'string', title, 'x-decorator': 'FormItem', 'x-component': 'Input', ...more });
/** A form as it could be stored before the schema checks, or written straight into the database. */
const TAMPERED = {
  type: 'object',
  properties: {
    kind: input('类别', { 'x-component-props': { placeholder: `{{${HOSTILE_EXPRESSIONS[0][1]}}}` } }),
    note: input('说明', {
      'x-reactions': [
        ...HOSTILE_EXPRESSIONS.map(([, expression]) => ({ dependencies: ['kind'], fulfill: { state: { description: `{{${expression}}}` } } })),
        { dependencies: ['kind'], fulfill: { state: { required: '{{$deps[0] === "fall"}}' }, run: `globalThis.${RAN}=1` } },
      ],
    }),
    code: input('编号', { pattern: CATASTROPHIC }),
  },
};

/** The task form renderer (the web app's formily) against a tampered form, in Chromium. */
describe('a stored form with hostile expressions in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create());
  const chromium = useAdminPage(fx);
  let page: Page;
  beforeAll(() => (page = chromium.page));

  it('given a task whose stored form hides code in its rules and a catastrophic pattern, when an agent opens and fills it in, then nothing runs, the rules and the pattern still answer and the task completes', async () => {
    expect((await fx.admin.post('/api/forms', { key: 'tampered-form', title: '被篡改', schema: { type: 'object', properties: { kind: input('类别') } } })).status).toBe(201);
    await fx.running.dataSource.getRepository(FormVersionEntity).update({ formKey: 'tampered-form', version: 1 }, { schema: TAMPERED });
    await fx.admin.post('/api/service-types', { key: 'tampered', names: { 'zh-CN': '篡改', en: 'Tampered' }, category: 'test' });
    const bpmnXml = chain(uniqueProcessId('tampered'), [{ id: 'report', xml: userTask('report', 'tampered-form', 'agents', '登记') }]);
    await fx.admin.post('/api/service-types/tampered/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin'] } });
    expect((await fx.admin.post('/api/service-types/tampered/publish', { version: 1 })).status).toBe(200);
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'tampered', channel: 'phone' });
    const task = await eventually(async () => (await fx.admin.get<{ tasks: { id: string }[] }>(`/api/tasks?view=all&caseId=${opened.body.case.id}`)).body.tasks[0], 30_000, 'the task');

    await page.goto(`${fx.running.url}/tasks/${task.id}`);
    await page.getByTestId('task-claim').click();
    await page.getByTestId('task-mine').waitFor();
    const item = (label: string) => page.getByTestId('task-form').locator('.ant-formily-item', { has: page.locator(`label:text-is("${label}")`) });
    await item('类别').locator('input').fill('fall');
    await item('编号').locator('input').fill(`${'a'.repeat(40)}!`);
    await page.getByTestId('task-submit').click();
    await page.getByTestId('task-errors').waitFor();
    await expect(item('说明').textContent()).resolves.toContain('必填');
    await expect(item('编号').textContent()).resolves.toContain('格式不正确'); // the pattern's own message, in CareFlow's words
    await expect(item('类别').locator('input').getAttribute('placeholder')).resolves.toBeNull();

    await item('说明').locator('input').fill('老人摔倒');
    await item('编号').locator('input').fill('aaaa');
    await page.getByTestId('task-submit').click();
    await page.getByTestId('task-completed').waitFor();
    expect((await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task).toMatchObject({ status: 'completed', result: { kind: 'fall', note: '老人摔倒', code: 'aaaa' } });
    await expect(page.evaluate((name) => (globalThis as Record<string, unknown>)[name], RAN)).resolves.toBeUndefined();
    expect(page.url()).toContain(`/tasks/${task.id}`);
  });
});
