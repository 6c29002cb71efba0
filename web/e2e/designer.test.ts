import { Locator, Page } from 'playwright-core';
import { eventually } from '../../engine/test/support/api-client';
import { dragWithMouse, useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';

type Json = Record<string, unknown> & { properties?: Record<string, Json>; items?: Json };
type FormAnswer = { latest: { version: number; schema: Json } };

/** The form designer's containers, linkage in table rows, option defaults and layout panels, in Chromium. */
describe('form designer in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create());
  const chromium = useAdminPage(fx);
  let page: Page;
  beforeAll(() => (page = chromium.page));

  /** A new empty form, opened in the designer. */
  async function openNewForm(key: string): Promise<void> {
    expect((await fx.admin.post('/api/forms', { key, title: key, schema: { type: 'object', properties: {} } })).status).toBe(201);
    await page.goto(`${fx.running.url}/studio/forms/${key}`);
    await page.getByTestId('designer-palette').waitFor();
  }

  const node = (name: string) => page.getByTestId(`canvas-node-${name}`);
  /** Selects a container by its own kind tag (a click elsewhere in it may land on a child). */
  const selectNode = (name: string) => node(name).locator('.ant-tag').first().click();
  const deselect = () => page.getByTestId('designer-canvas').click({ position: { x: 5, y: 5 } });

  /** Adds a field from the palette into `into` (a container, or the form when undefined) and names it. */
  async function addField(kind: string, name: string, title: string, into?: string): Promise<void> {
    await (into ? selectNode(into) : deselect());
    await page.getByTestId(`palette-${kind}`).click();
    await page.fill('#prop_title', title);
    await page.fill('#prop_name', name);
    await node(name).waitFor();
  }

  /** Opens a select of the property panel and picks the option titled `title`. */
  async function pick(selector: string, title: string, close = true): Promise<void> {
    await page.locator(selector).click({ force: true }); // the shown value covers the input
    const dropdown = page.locator('.ant-select-dropdown:visible');
    await dropdown.getByTitle(title, { exact: true }).click();
    if (!close) return;
    await dropdown.waitFor({ state: 'hidden' });
  }

  /** The titles of a property select's options. The panel may re-render and close the dropdown right after it opens on a busy machine, so it is opened until its options are read. */
  const optionTitles = async (selector: string): Promise<string[]> => {
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    const titles = await eventually(async () => {
      if ((await options.count()) === 0) await page.locator(selector).click({ force: true });
      const read = await options.evaluateAll((items) => items.map((i) => i.getAttribute('title') ?? ''));
      return read.length > 0 ? read : undefined;
    }, 10_000, `the options of ${selector}`);
    await page.keyboard.press('Escape');
    return titles;
  };

  /** Saves in the designer and returns the schema the API now has as the latest version. */
  const saveAs = async (key: string, version: number): Promise<Json> => {
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-version').filter({ hasText: `v${version}` }).waitFor();
    return (await fx.admin.get<FormAnswer>(`/api/forms/${key}`)).body.latest.schema;
  };

  const preview = () => page.getByTestId('designer-preview');
  const previewItem = (label: string) => preview().locator('.ant-formily-item', { has: page.locator(`label:text-is("${label}")`) });

  it('given a table whose detail cell depends on its row’s kind and on an urgent switch, when designed and previewed, then each row follows its own kind, the rule reads back and the schema saves with .kind', async () => {
    await openNewForm('row-linkage');
    await addField('switch', 'urgent', '紧急');
    await page.getByTestId('palette-arrayTable').click();
    await page.fill('#layout_name', 'items');
    await addField('input', 'kind', '类别', 'items');
    await addField('textarea', 'detail', '说明', 'items');

    // A form-level field may not depend on a cell: the cells have no single value.
    await node('urgent').click();
    expect(await page.getByTestId('rule-add').isDisabled()).toBe(true);
    // A cell may depend on its row's siblings and on form-level fields.
    await node('detail').click();
    await page.getByTestId('rule-add').click();
    expect(await optionTitles('#prop_rules_0_field')).toEqual(['类别（本行）', '紧急']);
    await pick('#prop_rules_0_field', '类别（本行）');
    await page.getByTestId('rule-add').click();
    await pick('#prop_rules_1_effect', '本字段必填');
    await pick('#prop_rules_1_field', '紧急');
    await pick('#prop_rules_1_op', '等于');
    await page.fill('#prop_rules_1_value', 'true');

    await page.getByRole('tab', { name: '预览' }).click();
    const addition = preview().locator('.ant-formily-array-base-addition');
    await addition.click();
    await addition.click();
    const rows = preview().locator('.ant-table-tbody tr.ant-table-row');
    await rows.nth(1).waitFor();
    expect(await rows.locator('textarea').count()).toBe(0);
    await rows.nth(0).locator('input').first().fill('跌倒');
    await rows.nth(0).locator('textarea').waitFor();
    expect(await rows.nth(1).locator('textarea').count()).toBe(0);
    await previewItem('紧急').locator('button.ant-switch').click();
    await page.getByTestId('preview-validate').click();
    await expect(rows.nth(0).textContent()).resolves.toContain('必填');
    expect(await rows.nth(1).textContent()).not.toContain('必填');

    const saved = await saveAs('row-linkage', 2);
    const detail = saved.properties!.items.items!.properties!.detail_column.properties!.detail;
    expect(detail['x-reactions']).toEqual([{ dependencies: ['.kind', 'urgent'], fulfill: { state: { display: expect.stringContaining('$deps[0]'), required: '{{$deps[1] === true}}' } } }]);

    // Loaded back: the rules show their fields, and a rename of the sibling follows into the rule.
    await page.reload();
    await node('detail').click();
    await expect(page.getByTestId('rule-0').textContent()).resolves.toContain('类别（本行）');
    await expect(page.getByTestId('rule-1').textContent()).resolves.toContain('紧急');
    await node('kind').click();
    await page.fill('#prop_name', 'category');
    const renamed = await saveAs('row-linkage', 3);
    const cells = renamed.properties!.items.items!.properties!;
    expect(cells.detail_column.properties!.detail['x-reactions']).toEqual([{ ...(detail['x-reactions'] as Json[])[0], dependencies: ['.category', 'urgent'] }]);
  });

  it('given a checkbox group and a select, when their defaults are picked from their options, then the preview starts with them and the schema keeps them through a reload', async () => {
    await openNewForm('option-defaults');
    await addField('checkbox', 'needs', '需求');
    // The option rows have column headers: which box is the label, which the stored value.
    await expect(page.getByTestId('option-headers').textContent()).resolves.toBe('显示文字值');
    await page.getByRole('button', { name: '添加选项' }).click();
    await page.fill('#prop_options_2_label', '送餐');
    await page.fill('#prop_options_2_value', 'meal');
    await page.locator('#prop_default').click({ force: true });
    const dropdown = page.locator('.ant-select-dropdown:visible');
    await dropdown.getByTitle('1', { exact: true }).click();
    await dropdown.getByTitle('送餐', { exact: true }).click();
    await page.keyboard.press('Escape');
    await addField('select', 'level', '等级');
    await pick('#prop_default', '2');

    await page.getByRole('tab', { name: '预览' }).click();
    const checked = previewItem('需求').locator('.ant-checkbox-wrapper-checked');
    await checked.nth(1).waitFor();
    expect(await checked.allTextContents()).toEqual(['1', '送餐']);
    await expect(previewItem('等级').locator('.ant-select-selection-item').textContent()).resolves.toBe('2');

    const saved = await saveAs('option-defaults', 2);
    expect([saved.properties!.needs.default, saved.properties!.level.default]).toEqual([['1', 'meal'], '2']);
    await page.reload();
    await node('needs').click();
    const tags = page.locator('.ant-select:has(#prop_default) .ant-select-selection-item-content');
    await tags.nth(1).waitFor();
    expect(await tags.allTextContents()).toEqual(['1', '送餐']);
    expect(await saveAs('option-defaults', 3)).toEqual(saved);
  });

  const drag = (from: Locator, to: Locator) => dragWithMouse(page, from, to);
  const handle = (name: string) => node(name).locator('.anticon-holder').first();
  /** The drop zone at the end of a container (the form's own when undefined). */
  const dropZone = (name?: string) => (name ? node(name).locator(':scope > div:last-child > .designer-drop') : page.getByTestId('designer-canvas').locator(':scope > .designer-drop'));
  const childrenOf = (name?: string) =>
    (name ? node(name).locator(':scope > div:last-child > [data-testid^="canvas-node-"]') : page.getByTestId('designer-canvas').locator(':scope > [data-testid^="canvas-node-"]')).evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('data-testid')!.slice('canvas-node-'.length)),
    );
  /** The canvas re-renders after dnd-kit's drop handler, which may run a frame after the mouse is up. */
  const expectChildren = async (name: string | undefined, expected: string[]) => {
    const same = async () => (JSON.stringify(await childrenOf(name)) === JSON.stringify(expected) ? true : undefined);
    await eventually(same, 5000, 'the canvas').catch(() => undefined);
    expect(await childrenOf(name)).toEqual(expected);
  };
  const keys = (schema: Json | undefined) => Object.keys(schema?.properties ?? {});

  it('given fields and containers, when fields are dragged from the form into a card, from a grid into a tab pane and into a table, then the canvas and the saved schema hold them there', async () => {
    await openNewForm('containers');
    for (const [name, title] of [['a', '甲'], ['b', '乙'], ['c', '丙']]) await addField('input', name, title);
    for (const kind of ['card', 'grid', 'tabs', 'arrayTable']) {
      await deselect();
      await page.getByTestId(`palette-${kind}`).click();
    }
    await addField('input', 'g', '丁', 'grid1');
    expect(await childrenOf()).toEqual(['a', 'b', 'c', 'card1', 'grid1', 'tabs1', 'table1']);

    await drag(handle('a'), dropZone('card1'));
    await expectChildren('card1', ['a']);
    await drag(handle('g'), dropZone('tabs1_tab1'));
    await expectChildren('tabs1_tab1', ['g']);
    await drag(handle('b'), dropZone('table1'));
    await expectChildren('table1', ['b']);
    // A new number from the palette lands before the field it is dropped on; a card cannot go into a table.
    await drag(page.getByTestId('palette-number'), node('a'));
    await expectChildren('card1', ['field1', 'a']);
    await drag(handle('card1'), dropZone('table1'));
    await expectChildren(undefined, ['c', 'card1', 'grid1', 'tabs1', 'table1']);
    expect(await childrenOf('grid1')).toEqual([]);

    const saved = await saveAs('containers', 2);
    const p = saved.properties!;
    expect(keys(saved)).toEqual(['c', 'card1', 'grid1', 'tabs1', 'table1']);
    expect(keys(p.card1)).toEqual(['field1', 'a']);
    expect(keys(p.grid1)).toEqual([]);
    expect(keys(p.tabs1.properties!.tabs1_tab1)).toEqual(['g']);
    expect(keys(p.table1.items)).toEqual(['b_column', '_remove_column']);
    expect(p.table1.items!.properties!.b_column).toMatchObject({ 'x-component-props': { title: '乙' }, properties: { b: { 'x-component': 'Input' } } });
    await page.getByRole('tab', { name: '预览' }).click();
    await preview().locator('.ant-table-thead').getByText('乙').waitFor();
    await previewItem('丁').waitFor();
  });

  it('given a grid and tabs, when the grid gets three columns and panes are added, renamed and removed in the panel, then the preview lays them out so and the schema saves them', async () => {
    await openNewForm('layouts');
    await page.getByTestId('palette-grid').click();
    await page.fill('#layout_columns', '3');
    for (const [name, title] of [['x', '甲'], ['y', '乙'], ['z', '丙']]) await addField('input', name, title, 'grid1');

    await deselect();
    await page.getByTestId('palette-tabs').click();
    expect(await page.getByTestId('pane-remove-0').isDisabled()).toBe(true); // the last pane stays
    await page.getByTestId('pane-add').click();
    await page.getByTestId('pane-add').click();
    await page.getByTestId('pane-title-0').fill('基本信息');
    await page.getByTestId('pane-title-1').fill('补充信息');
    await expectChildren('tabs1', ['tabs1_tab1', 'tab1', 'tab2']);
    await addField('input', 'w', '戊', 'tab2');
    await selectNode('tabs1');
    // A pane with fields goes only once confirmed, and its fields with it.
    await page.getByTestId('pane-remove-2').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expectChildren('tabs1', ['tabs1_tab1', 'tab1']);
    expect(await node('w').count()).toBe(0);

    const saved = await saveAs('layouts', 2);
    const p = saved.properties!;
    expect(p.grid1['x-component-props']).toEqual({ maxColumns: 3 });
    expect(keys(p.grid1)).toEqual(['x', 'y', 'z']);
    expect(Object.values(p.tabs1.properties!).map((pane) => pane['x-component-props'])).toEqual([{ tab: '基本信息' }, { tab: '补充信息' }]);

    await page.getByRole('tab', { name: '预览' }).click();
    await preview().getByRole('tab', { name: '补充信息' }).waitFor();
    await preview().getByRole('tab', { name: '基本信息' }).waitFor();
    // Three columns: the three grid fields stand side by side on one line.
    const tops = await Promise.all(['甲', '乙', '丙'].map(async (label) => Math.round((await previewItem(label).boundingBox())!.y)));
    expect(new Set(tops).size).toBe(1);
  });

  it('given a number field switched to whole numbers, when saved, then its schema type is integer and the preview’s number box drops decimals', async () => {
    await openNewForm('whole-numbers');
    await addField('number', 'visits', '上门次数');
    await page.getByTestId('prop-integer').click();
    const saved = await saveAs('whole-numbers', 2);
    expect((saved.properties as Record<string, Json>).visits.type).toBe('integer');
    await page.getByRole('tab', { name: '预览' }).click();
    const box = previewItem('上门次数').locator('input');
    await box.fill('2.6');
    await box.blur();
    await expect(box.inputValue()).resolves.toBe('3');
  });
});
