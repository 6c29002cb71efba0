import ExcelJS from 'exceljs';
import { Browser, Page } from 'playwright-core';
import { chooseOption, launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { ITEMS, providerBody } from '../../engine/test/support/provider-fixtures';
import { JINAN_AREAS } from '../../engine/test/support/registry-fixtures';
import { useTestEngine, TEST_ADMIN_PASSWORD } from '../../engine/test/support/test-engine';
import { ELDER_COLUMNS } from '../../engine/src/modules/imports/kinds/elders';
import { writeSheet } from '../../engine/src/modules/imports/sheets';

const AGENT = { username: 'agent1', password: 'agent-password-1', displayName: '坐席一号', roles: ['agent'] };
const ANALYST = { username: 'analyst1', password: 'analyst-password-1', displayName: '数据分析员', roles: ['analyst'] };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WANG = { name: '王秀英', idCard: '370102194001010025', maskedIdCard: '370102********0025' };

/** A workbook as the areas template lays it out: a header row, then one area per row. */
async function areaSheet(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('区域');
  sheet.addRow(['区域编码', '名称', '级别', '上级编码']);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The browser's registry pages against a real engine: elder files, their masking per role, areas. */
describe('registry pages in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create());
  let browser: Browser;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) expect((await fx.admin.post('/api/areas', area)).status).toBe(201);
    for (const user of [ANALYST, AGENT]) expect((await fx.admin.post('/api/users', user)).status).toBe(201);
    browser = await launchChromium(fx.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const signInAs = (username: string, password: string) => signIn(browser, fx.running.url, username, password, { width: 1440, height: 900 });

  /** The error antd shows under the form field whose input has this id. */
  const fieldError = (page: Page, inputId: string) => page.locator(`.ant-form-item:has(#${inputId}) .ant-form-item-explain-error`).last();


  /** Searches the elder list and opens the file of the row with that name. */
  async function openFromList(page: Page, search: string, name: string): Promise<void> {
    await page.goto(`${fx.running.url}/elders`);
    await page.fill('#elder-search', search);
    await page.press('#elder-search', 'Enter');
    await page.waitForURL(new RegExp(`[?&]q=${search}`));
    const row = page.getByTestId('elder-list').locator('tbody tr', { hasText: name });
    await row.waitFor();
    await row.click();
    await page.waitForURL(/\/elders\/[0-9a-f-]{36}$/);
  }

  it('given an admin on the new elder form, when a relative has a bad phone, then the server error shows on that field; once fixed the file saves and is found by pinyin initials', async () => {
    const page = await signInAs('admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${fx.running.url}/elders`);
    await page.getByTestId('elder-new').click();
    await page.waitForURL(/\/elders\/new$/);

    await page.fill('#elder_name', WANG.name);
    await page.fill('#elder_idCard', WANG.idCard);
    await chooseOption(page, 'elder_areaCode', '山大社区');
    await page.fill('#elder_address', '历下区山大南路 27 号 3 单元 602');
    await page.fill('#elder_phones_0_number', '0531-88001234');
    await chooseOption(page, 'elder_livingSituation', '独居');
    await page.fill('#elder_relatives_0_name', '刘建国');
    await chooseOption(page, 'elder_relatives_0_relation', '儿子');
    await page.fill('#elder_relatives_0_phones_0_number', '12345');
    await page.getByTestId('elder-save').click();

    await expect(fieldError(page, 'elder_relatives_0_phones_0_number').textContent()).resolves.toContain('不是有效的手机号或固定电话'); // the server's code, said in zh-CN
    await page.getByTestId('elder-form-errors').waitFor();
    expect(page.url()).toMatch(/\/elders\/new$/);

    await page.fill('#elder_relatives_0_phones_0_number', '13905310001');
    await page.getByTestId('elder-save').click();
    await page.waitForURL(/\/elders\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('elder-name').textContent()).resolves.toBe(WANG.name);
    await expect(page.getByTestId('elder-id-card').textContent()).resolves.toBe(WANG.idCard);

    // The file reached the engine with the relative's number normalized, in call order.
    const id = page.url().split('/').pop();
    const stored = await fx.admin.get<{ elder: { relatives: { name: string; callOrder: number; phones: { number: string }[] }[] } }>(`/api/elders/${id}`);
    expect(stored.body.elder.relatives).toMatchObject([{ name: '刘建国', callOrder: 1, phones: [{ number: '13905310001' }] }]);

    await openFromList(page, 'wxy', WANG.name);
    expect(page.url()).toContain(`/elders/${id}`);
    await page.getByRole('tab', { name: '亲属联系人' }).click();
    await expect(page.getByTestId('elder-relatives').textContent()).resolves.toContain('13905310001');
    await page.getByRole('tab', { name: '健康状况' }).waitFor();
  });

  it('given the saved file, when an analyst opens it, then the ID card and phones are masked and health is not shown', async () => {
    const page = await signInAs(ANALYST.username, ANALYST.password);
    await openFromList(page, 'wxy', WANG.name);

    await expect(page.getByTestId('elder-id-card').textContent()).resolves.toBe(WANG.maskedIdCard);
    await expect(page.getByRole('tab', { name: '健康状况' }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: '亲属联系人' }).click();
    await expect(page.getByTestId('elder-relatives').textContent()).resolves.toContain('139****0001');
    // Analysts read files; they do not edit them.
    await expect(page.getByTestId('elder-edit').count()).resolves.toBe(0);
    await expect(page.getByTestId('elder-new').count()).resolves.toBe(0);
  });

  it('given an agent editing the file, when someone else changes it first, then saving tells them to reload, and after reloading their edit saves', async () => {
    const list = await fx.admin.get<{ elders: { id: string }[] }>('/api/elders?q=wxy');
    const id = list.body.elders[0].id;
    const page = await signInAs(AGENT.username, AGENT.password);
    await page.goto(`${fx.running.url}/elders/${id}/edit`);
    await expect(page.inputValue('#elder_name')).resolves.toBe(WANG.name);

    expect((await fx.admin.post(`/api/elders/${id}/status`, { status: 'moved', note: '随子女迁居' })).status).toBe(200);
    await page.fill('#elder_address', '历下区山大南路 27 号 3 单元 603');
    await page.getByTestId('elder-save').click();
    await expect(page.getByTestId('elder-stale').textContent()).resolves.toContain('该档案已被他人修改');
    expect(page.url()).toContain('/edit');

    await page.getByTestId('elder-stale').getByRole('button', { name: '重新加载' }).click();
    await page.getByTestId('elder-stale').waitFor({ state: 'detached' });
    await expect(page.inputValue('#elder_address')).resolves.toBe('历下区山大南路 27 号 3 单元 602');
    await page.fill('#elder_address', '历下区山大南路 27 号 3 单元 603');
    await page.getByTestId('elder-save').click();
    await page.waitForURL(new RegExp(`/elders/${id}$`));
    await expect(page.locator('.ant-descriptions').textContent()).resolves.toContain('3 单元 603');
    await page.getByRole('tab', { name: '状态记录' }).click();
    // The records load after the tab opens: wait for the row rather than read the pane at once.
    await page.locator('.ant-tabs-tabpane-active').getByText('随子女迁居').first().waitFor();
    // Agents edit files but do not import them.
    await page.goto(`${fx.running.url}/elders`);
    await page.getByTestId('elder-new').waitFor();
    await expect(page.getByTestId('import-elders').count()).resolves.toBe(0);
  });

  it('given areas in use, when an admin deletes one on the areas tab, then the refusal says it is still in use; adding a street under a district shows it in the tree', async () => {
    const page = await signInAs('admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${fx.running.url}/admin`);
    // Districts are open at first; a community is found through the tree's search.
    await page.getByTestId('area-370102').waitFor();
    await page.getByPlaceholder('按名称或编码查找').fill('山大');
    await page.getByTestId('area-370102001001').waitFor();

    // The tree re-renders as the search settles, which can close a confirm just opened: ask again then.
    for (let attempt = 1; ; attempt++) {
      await page.getByRole('button', { name: '删除 山大社区' }).click();
      const confirm = page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' });
      const asked = await confirm.click({ timeout: 5_000 }).then(() => true, () => false);
      const refused = asked && (await page.getByTestId('area-error').waitFor({ timeout: 5_000 }).then(() => true, () => false));
      if (refused || attempt === 3) break;
    }
    await expect(page.getByTestId('area-error').textContent()).resolves.toContain('still in use');

    await page.getByPlaceholder('按名称或编码查找').fill('');
    await page.getByRole('button', { name: '新增下级 市中区' }).click();
    await expect(page.locator('.ant-modal:visible').textContent()).resolves.toContain('街道');
    await page.fill('#area_code', '370103001');
    await page.fill('#area_name', '七贤街道');
    await page.locator('.ant-modal:visible').getByRole('button', { name: '保存' }).click();
    await page.getByTestId('area-370103001').waitFor();
    const areas = await fx.admin.get<{ areas: { code: string; parentCode: string; level: string }[] }>('/api/areas');
    expect(areas.body.areas.find((a) => a.code === '370103001')).toMatchObject({ parentCode: '370103', level: 'street' });
  });

  it('given an admin on the areas tab, when they import a sheet with a good and a bad row, then the dialog follows the import to the end and lists the bad row', async () => {
    const page = await signInAs('admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${fx.running.url}/admin?tab=areas`);
    await page.getByTestId('import-areas').click();
    const dialog = page.locator('.ant-modal:visible');
    await expect(dialog.getByRole('link', { name: '下载模板' }).getAttribute('href')).resolves.toBe('/api/imports/templates/areas');

    const sheet = await areaSheet([
      ['370103002', '杆石桥街道', '街道', '370103'],
      ['370103003', '四里村街道', '省', '370103'],
    ]);
    await page.locator('#import-file-areas').setInputFiles({ name: '区域.xlsx', mimeType: XLSX, buffer: sheet });
    await page.getByTestId('import-start').click();

    await page.locator('[data-testid=import-result][data-status=done]').waitFor();
    const result = await page.getByTestId('import-result').textContent();
    expect(result).toContain('新增1');
    expect(result).toContain('失败1');
    const problem = dialog.locator('.ant-table-tbody tr').first();
    // The engine's problem code, said in zh-CN.
    await expect(problem.textContent()).resolves.toBe('3级别“省”不是可选值（市、区县、街道、社区）');

    // Closing the dialog reloads the tree with the imported street.
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.getByTestId('area-370103002').waitFor();
  });

  it('given the elder list with the import dialog open, when a sheet is imported, then the list behind it shows the new elder, who is then found by a relative\'s phone and a device id', async () => {
    const page = await signInAs('admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${fx.running.url}/elders`);
    const list = page.getByTestId('elder-list');
    await list.locator('tbody tr', { hasText: WANG.name }).waitFor();
    await page.getByTestId('import-elders').click();
    const cells: Record<string, string> = { 姓名: '张三丰', 身份证号: '370102194805061215', 电话: '13800531234', 地址: '燕子山路 5 号', 区域编码: '370102001002', 紧急联系人1姓名: '张小宝', 紧急联系人1关系: '儿子', 紧急联系人1电话: '13905319999', 终端类型: '呼叫器（一键通）', 设备编号: 'PD-7788' };
    const sheet = await writeSheet('老人档案', ELDER_COLUMNS, [ELDER_COLUMNS.map((c) => cells[c.header] ?? '')]);
    await page.locator('#import-file-elders').setInputFiles({ name: '老人档案.xlsx', mimeType: XLSX, buffer: sheet });
    await page.getByTestId('import-start').click();
    await page.locator('[data-testid=import-result][data-status=done]').waitFor();
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain('新增1');
    // Still behind the open dialog, the list has reloaded.
    await list.locator('tbody tr', { hasText: '张三丰' }).waitFor({ state: 'attached' });
    const modal = page.locator('.ant-modal:visible');
    await modal.getByRole('button', { name: '关闭' }).click();
    // The closing modal gives focus back to the import button when its animation ends: search only after.
    await modal.waitFor({ state: 'hidden' });

    for (const search of ['13905319999', 'PD-7788', '13800531234']) {
      await page.fill('#elder-search', search);
      await page.locator('#elder-search').press('Enter');
      await page.waitForURL(new RegExp(`[?&]q=${search}`));
      await list.locator('tbody tr', { hasText: WANG.name }).waitFor({ state: 'detached' });
      await expect(list.locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringContaining('张三丰')]);
    }
  });

  it('given a provider priced in fen, when an admin finds it and adds a staff member, then prices show in yuan and the staff table lists the new member', async () => {
    for (const item of ITEMS) expect((await fx.admin.post('/api/service-items', item)).status).toBe(201);
    const body = providerBody({ items: [{ code: 'meal_delivery', price: 1800 }, { code: 'housekeeping_basic', price: 4550 }] });
    expect((await fx.admin.post('/api/providers', body)).status).toBe(201);

    const page = await signInAs('admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${fx.running.url}/providers`);
    await page.getByPlaceholder('名称或统一社会信用代码').fill('颐养');
    await page.getByPlaceholder('名称或统一社会信用代码').press('Enter');
    await page.locator('tbody tr', { hasText: body.name }).click();
    await page.waitForURL(/\/providers\/[0-9a-f-]{36}$/);
    const items = await page.locator('.ant-card', { hasText: '服务项目与价格' }).textContent();
    expect(items).toContain('助餐送餐');
    expect(items).toContain('¥18.00');
    expect(items).toContain('¥45.50');
    expect(items).toContain('¥10.00 – ¥25.00');

    await page.getByRole('button', { name: '新增服务人员' }).click();
    await page.fill('#staff_name', '李桂芳');
    await page.fill('#staff_phone', '139 0531 9999');
    await chooseOption(page, 'staff_skills', '助餐送餐');
    await chooseOption(page, 'staff_areas', '山大社区');
    await page.locator('.ant-modal:visible').getByRole('button', { name: '保存' }).click();
    // The table reloads after the save: wait for the row as the user ends up seeing it.
    await page.locator('.ant-card', { hasText: '服务人员' }).locator('tbody tr', { hasText: /李桂芳13905319999助餐送餐山大社区在岗/ }).waitFor();
  });
});
