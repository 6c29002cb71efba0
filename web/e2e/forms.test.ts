import { Locator, Page } from 'playwright-core';
import { eventually } from '../../engine/test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { dragWithMouse, useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';

const FORM_KEY = 'visit-report';
/** A 1×1 PNG: the file store checks that the bytes are what the type says. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
type FormAnswer = { latest: { version: number; schema: { properties: Record<string, Record<string, unknown>> } } };
type TaskAnswer = { task: { status: string; assignee: string | null; draft: Record<string, unknown> | null; result: Record<string, unknown> | null } };

/** The form designer and the task form renderer against a real engine and process engine. */
describe('forms in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create());
  const chromium = useAdminPage(fx);
  let page: Page;
  beforeAll(() => (page = chromium.page));

  /** Adds a field from the palette (by click) and names it in the property panel. */
  async function addField(kind: string, name: string, title: string): Promise<void> {
    await page.getByTestId(`palette-${kind}`).click();
    await page.fill('#prop_title', title);
    await page.fill('#prop_name', name);
    await page.getByTestId(`canvas-node-${name}`).waitFor();
  }

  /** The preview's form item whose label is `label`. */
  const previewItem = (label: string) => page.getByTestId('designer-preview').locator('.ant-formily-item', { has: page.locator(`label:text-is("${label}")`) });

  const latest = async () => (await fx.admin.get<FormAnswer>(`/api/forms/${FORM_KEY}`)).body.latest;

  it('given a new form, when a required phone and a linked field are designed, then the preview enforces both and the form saves and loads back unchanged', async () => {
    await page.goto(`${fx.running.url}/studio/forms`);
    await page.getByTestId('form-new').click();
    await page.fill('#newForm_key', FORM_KEY);
    await page.fill('#newForm_title', '上门回访记录');
    await page.click('#form-create');
    await page.waitForURL(new RegExp(`/studio/forms/${FORM_KEY}$`));

    await addField('phone', 'phone', '联系电话');
    await page.click('#prop_required');
    await addField('input', 'note', '回访结果');
    await addField('textarea', 'detail', '情况说明');
    // detail is shown only when note has a value.
    await page.getByTestId('rule-add').click();
    await page.locator('#prop_rules_0_field').click({ force: true }); // the shown label covers the input
    await page.locator('.ant-select-dropdown:visible').getByTitle('回访结果', { exact: true }).click();

    await page.getByRole('tab', { name: '预览' }).click();
    await previewItem('联系电话').waitFor();
    expect(await previewItem('情况说明').count()).toBe(0);
    await previewItem('回访结果').locator('input').fill('已联系');
    await previewItem('情况说明').waitFor();
    await page.getByTestId('preview-validate').click();
    await expect(previewItem('联系电话').textContent()).resolves.toContain('必填');
    await previewItem('联系电话').locator('input').fill('12345');
    await expect(previewItem('联系电话').textContent()).resolves.toContain('请输入正确的电话号码');
    await previewItem('联系电话').locator('input').fill('13905310001');
    await page.getByTestId('preview-validate').click();
    await page.getByTestId('preview-valid').waitFor();

    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-version').filter({ hasText: 'v2' }).waitFor();
    const saved = await latest();
    expect(saved.version).toBe(2);
    expect(Object.keys(saved.schema.properties)).toEqual(['phone', 'note', 'detail']);
    expect(saved.schema.properties.phone).toMatchObject({ required: true, 'x-component': 'PhoneInput', 'x-validator': 'phone' });
    expect(saved.schema.properties.detail['x-reactions']).toEqual([{ dependencies: ['note'], fulfill: { state: { display: expect.stringContaining("$deps[0]") } } }]);

    // Loaded back after a reload: the same fields, the rule read back into the panel, and saving
    // again without an edit writes the very same schema (the designer's round trip).
    await page.reload();
    await page.getByTestId('canvas-node-detail').click();
    await expect(page.locator('#prop_rules_0_field').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').textContent()).resolves.toContain('回访结果');
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-version').filter({ hasText: 'v3' }).waitFor();
    expect((await latest()).schema).toEqual(saved.schema);
  });

  it('given a form with every palette component, or one using every property and container, when it is loaded back and saved, then the schema is unchanged and the versions compare as equal', async () => {
    await page.goto(`${fx.running.url}/studio/forms/${FORM_KEY}`);
    const kinds = ['select', 'radio', 'checkbox', 'number', 'switch', 'date', 'time', 'rating', 'idCard', 'dictionary', 'area', 'elder', 'satisfaction', 'file', 'knowledge', 'grid', 'card', 'tabs', 'arrayTable'];
    for (const kind of kinds) {
      await page.getByTestId('designer-canvas').click({ position: { x: 5, y: 5 } }); // nothing selected: add at the end
      await page.getByTestId(`palette-${kind}`).click();
    }
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-version').filter({ hasText: 'v4' }).waitFor();
    const full = await latest();
    await page.reload();
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-version').filter({ hasText: 'v5' }).waitFor();
    expect((await latest()).schema).toEqual(full.schema);

    // Every widget renders in the preview: the ID card shows what it encodes, a photo uploads to the file store.
    await page.getByRole('tab', { name: '预览' }).click();
    await previewItem('身份证号').locator('input').fill('370102194001010025');
    await expect(page.getByTestId('id-card-derived').textContent()).resolves.toBe('出生日期 1940-01-01，女');
    // The 知识库 widget searches in the preview too, but outside a case it offers nothing to do on one.
    await page.getByTestId('designer-preview').getByTestId('knowledge-search').waitFor();
    expect(await page.getByTestId('designer-preview').getByTestId('knowledge-sms').count()).toBe(0);
    await previewItem('附件').locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
    await previewItem('附件').getByText('photo.png').waitFor();
    await expect(previewItem('附件').locator('a[href^="/api/files/"]').count()).resolves.toBe(1);

    await page.getByRole('tab', { name: '版本' }).click();
    await page.getByTestId('designer-diff').getByText('两个版本的字段相同').waitFor();

    // Everything the property panel and the containers can express, in the designer's own shape.
    const item = (title: string, component: string, more: Record<string, unknown> = {}) => ({ type: 'string', title, 'x-decorator': 'FormItem', 'x-component': component, ...more });
    const rich = {
      type: 'object',
      properties: {
        grid: { type: 'void', 'x-component': 'FormGrid', 'x-component-props': { maxColumns: 3 }, properties: {
          kind: item('类别', 'Select', { required: true, default: 'a', enum: [{ label: '甲', value: 'a' }, { label: '乙', value: 'b' }] }),
          count: { type: 'number', title: '次数', minimum: 0, maximum: 9, 'x-decorator': 'FormItem', 'x-component': 'NumberPicker' },
          ok: { type: 'boolean', title: '满意', 'x-decorator': 'FormItem', 'x-component': 'Switch' },
        } },
        card: { type: 'void', title: '详情', 'x-component': 'Card', properties: {
          code: item('编号', 'Input', { minLength: 2, maxLength: 8, pattern: '^[A-Z]+$', description: '大写字母' }),
          level: item('等级', 'DictionarySelect', { 'x-component-props': { dictionary: 'satisfaction' } }),
        } },
        tabs: { type: 'void', 'x-component': 'FormTab', properties: {
          tab1: { type: 'void', 'x-component': 'FormTab.TabPane', 'x-component-props': { tab: '一' }, properties: {
            why: item('原因', 'Input.TextArea', { 'x-reactions': [{ dependencies: ['kind', 'count', 'ok', 'code'], fulfill: { state: {
              display: "{{$deps[0] === \"b\" && $deps[1] !== 3 ? 'visible' : 'none'}}",
              required: "{{$deps[2] === true && ($deps[3] === undefined || $deps[3] === null || $deps[3] === '' || $deps[3]?.length === 0)}}",
            } } }] }),
          } },
        } },
        visits: { type: 'array', title: '记录', 'x-decorator': 'FormItem', 'x-component': 'ArrayTable', items: { type: 'object', properties: {
          day_column: { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { title: '日期' }, properties: { day: item('', 'DatePicker', { title: undefined }) } },
          _remove_column: { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { width: 80 }, properties: { remove: { type: 'void', 'x-component': 'ArrayTable.Remove' } } },
        } }, properties: { _addition: { type: 'void', 'x-component': 'ArrayTable.Addition' } } },
      },
    };
    const clean = JSON.parse(JSON.stringify(rich));
    expect((await fx.admin.post(`/api/forms/${FORM_KEY}/versions`, { schema: clean })).status).toBe(201);
    await page.goto(`${fx.running.url}/studio/forms/${FORM_KEY}`);
    await page.getByTestId('canvas-node-why').click();
    await expect(page.locator('[data-testid^="rule-"]:not([data-testid="rule-add"])').count()).resolves.toBe(4);
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-version').filter({ hasText: 'v7' }).waitFor();
    expect((await latest()).schema).toEqual(clean);
  });

  it('given a published service type whose task uses the form, when invalid values are submitted, then the server error shows on the field; once fixed the task completes with the values', async () => {
    // The task form is the designed one: restore v3 (phone, note, detail) as the newest version.
    await page.goto(`${fx.running.url}/studio/forms/${FORM_KEY}`);
    await page.getByRole('tab', { name: '版本' }).click();
    // Restoring asks first: cancelled, nothing changes.
    await page.getByTestId('restore-3').click();
    await page.click('#form-restore-cancel-3');
    await page.getByTestId('designer-version').filter({ hasText: 'v7' }).waitFor();
    expect((await latest()).version).toBe(7);
    await page.getByTestId('restore-3').click();
    await page.click('#form-restore-ok-3');
    await page.getByTestId('designer-version').filter({ hasText: 'v8' }).waitFor();
    expect(Object.keys((await latest()).schema.properties)).toEqual(['phone', 'note', 'detail']);

    expect((await fx.admin.post('/api/service-types', { key: 'revisit', names: { 'zh-CN': '回访', en: 'Revisit' }, category: 'care' })).status).toBe(201);
    const bpmnXml = chain(uniqueProcessId('revisit'), [{ id: 'report', xml: userTask('report', FORM_KEY, 'agents', '回访记录') }]);
    expect((await fx.admin.post('/api/service-types/revisit/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin'] } })).status).toBe(201);
    expect((await fx.admin.post('/api/service-types/revisit/publish', { version: 1 })).status).toBe(200);
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'revisit', channel: 'phone' });
    expect(opened.status).toBe(201);
    const task = await eventually(async () => (await fx.admin.get<{ tasks: { id: string }[] }>(`/api/tasks?view=all&caseId=${opened.body.case.id}`)).body.tasks[0], 30_000, 'the report task');

    // Held by someone else: the page names the holder, the form cannot be filled in, and an admin may take it over.
    const holder = { username: 'zhao.min', password: 'password-123', displayName: '赵敏', roles: ['agent'] };
    expect((await fx.admin.post('/api/users', holder)).status).toBe(201);
    expect((await fx.admin.post(`/api/tasks/${task.id}/assign`, { username: holder.username })).status).toBe(200);
    await page.goto(`${fx.running.url}/tasks/${task.id}`);
    await page.getByTestId('task-held').getByText('zhao.min').waitFor();
    await expect(page.getByTestId('task-form').locator('.ant-card-head-title').textContent()).resolves.toBe('回访记录');
    await expect(page.getByTestId('task-submit').count()).resolves.toBe(0);
    await page.getByTestId('task-take-over').click();
    await page.getByTestId('task-mine').waitFor();
    expect((await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task.assignee).toBe('admin');
    // Given back, nobody holds it until it is taken again.
    await page.getByTestId('task-unclaim').click();
    await page.getByTestId('task-unassigned').waitFor();
    expect((await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task.assignee).toBeNull();
    await expect(page.getByTestId('task-submit').count()).resolves.toBe(0);
    await page.getByTestId('task-claim').click();
    await page.getByTestId('task-mine').waitFor();

    const item = (label: string) => page.getByTestId('task-form').locator('.ant-formily-item', { has: page.locator(`label:text-is("${label}")`) });
    await item('联系电话').locator('input').fill('010-1234567'); // looks like a number, but Beijing numbers have 8 digits
    await item('回访结果').locator('input').fill('已上门');
    await item('情况说明').locator('textarea').fill('老人身体状况良好');
    await page.getByTestId('task-draft').click();
    await eventually(async () => (await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task.draft ?? undefined, 10_000, 'the draft');

    await page.getByTestId('task-submit').click();
    await page.getByTestId('task-errors').waitFor();
    await expect(item('联系电话').textContent()).resolves.toContain('is not a valid phone');
    expect((await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task.status).toBe('created');

    await item('联系电话').locator('input').fill('13905310001');
    await page.getByTestId('task-submit').click();
    await page.getByTestId('task-completed').waitFor();
    await expect(page.getByTestId('task-form').textContent()).resolves.toContain('老人身体状况良好');
    const done = (await fx.admin.get<TaskAnswer>(`/api/tasks/${task.id}`)).body.task;
    expect(done.status).toBe('completed');
    expect(done.result).toEqual({ phone: '13905310001', note: '已上门', detail: '老人身体状况良好' });
  });

  const drag = (from: Locator, to: Locator) => dragWithMouse(page, from, to);

  const canvasOrder = () => page.getByTestId('designer-canvas').locator(':scope > [data-testid^="canvas-node-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')!.slice('canvas-node-'.length)));

  it('given the designer, when fields are dragged in and reordered, a bad JSON edit is applied and a bad name is saved, then the canvas follows and the problems are shown', async () => {
    await page.goto(`${fx.running.url}/studio/forms/${FORM_KEY}`);
    await page.getByTestId('canvas-node-phone').waitFor();
    await drag(page.getByTestId('palette-number'), page.getByTestId('designer-canvas').locator(':scope > .designer-drop'));
    await page.getByTestId('canvas-node-field1').waitFor();
    await drag(page.getByTestId('canvas-node-detail').locator('.anticon-holder'), page.getByTestId('canvas-node-phone'));
    await expect(canvasOrder()).resolves.toEqual(['detail', 'phone', 'note', 'field1']);

    // The JSON view refuses what the server's gate would refuse, and leaves the design as it was.
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.getByTestId('designer-json').fill(JSON.stringify({ type: 'object', properties: { x: { type: 'string', 'x-component': 'Script' } } }));
    await page.getByTestId('designer-json-apply').click();
    await expect(page.getByTestId('designer-json-problems').textContent()).resolves.toContain('properties.x');
    await expect(canvasOrder()).resolves.toEqual(['detail', 'phone', 'note', 'field1']);

    // A name the server refuses comes back as a 400 with its place, shown above the designer.
    await page.getByTestId('canvas-node-field1').click();
    await page.getByRole('tab', { name: '属性' }).click();
    await page.fill('#prop_name', '9lives');
    await expect(page.getByTestId('designer-check').textContent()).resolves.toContain('properties.9lives');
    await page.getByTestId('designer-save').click();
    await expect(page.getByTestId('designer-problems').textContent()).resolves.toContain('schema.properties.9lives');
    await page.fill('#prop_name', 'lives');
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-version').filter({ hasText: 'v9' }).waitFor();
    expect(await page.getByTestId('designer-check').count()).toBe(0);
    expect(Object.keys((await latest()).schema.properties)).toEqual(['detail', 'phone', 'note', 'lives']);
    await page.getByRole('tab', { name: '版本' }).click();
    await page.getByTestId('designer-diff').getByText('lives').waitFor();
    await expect(page.getByTestId('designer-diff').textContent()).resolves.toBe('新增lives');
  });
});
