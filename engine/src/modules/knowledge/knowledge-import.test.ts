import { DOCX_TYPE, type KnowledgeImportAnswer } from '@careflow/contracts';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { writeDocx } from '../../../test/support/docx-fixtures';
import { userOf } from '../../../test/support/provider-fixtures';
import { JINAN_AREAS } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { readSheet, writeSheet, XLSX_TYPE } from '../imports/sheets';
import { ARTICLE_COLUMNS } from './import/columns';

type Listed = { articles: { id: string; title: string; latestVersion: number; latestStatus: string; publishedVersion: number | null }[]; total: number };
type Answer = { latest: { title: string; body: string; category: string; areas: string[]; shortAnswer: string; status: string; authoredByName: string; effectiveFrom: string | null } };
type ErrorBody = { error: { code: string; details?: { path: string; code?: string }[] } };

const HEADERS = ARTICLE_COLUMNS.map((c) => c.header);
const row = (cells: Record<string, string>) => HEADERS.map((h) => cells[h] ?? '');
const GOOD_1 = { 标题: '城乡低保申请条件', 分类: '社会救助/dibao', 关键词: '低保、最低生活保障', 同义词: '吃低保,低保户', 适用区域: '370102', 文号: '济民政发〔2026〕1号', 发文机关: '济南市民政局', 生效日期: '2026/1/1', 失效日期: '2030-12-31', 简短答复: '家庭月人均收入低于低保标准的，可向街道申请。', 正文: '申请条件：\n收入低于标准。\n\n到街道便民服务中心申请。' };
const GOOD_2 = { 标题: '高龄津贴发放时间', 分类: 'elder_care', 适用区域: '山大社区', 简短答复: '每月15日前发放到社保卡。', 正文: '<p style="color:red"><span>每月15日前</span>发放。</p>' };
const BAD: Record<string, string>[] = [
  { 分类: 'elder_care', 简短答复: '无标题' },
  { 标题: '答复太长', 分类: 'elder_care', 简短答复: '长'.repeat(301) },
  { 标题: '未知分类', 分类: '外星福利', 简短答复: '答' },
  { 标题: '未知区域', 分类: 'elder_care', 适用区域: '370102、火星社区', 简短答复: '答' },
  { 标题: '日期不存在', 分类: 'elder_care', 生效日期: '2026-02-30', 简短答复: '答' },
  { 标题: '失效早于生效', 分类: 'elder_care', 生效日期: '2026-05-01', 失效日期: '2026-04-01', 简短答复: '答' },
  { 标题: '正文有脚本', 分类: 'elder_care', 简短答复: '答', 正文: '<p>好</p><script>fetch("/api/users")</script>' },
  { 标题: '城乡低保申请条件', 分类: 'elder_care', 简短答复: '同一文件里重复的标题' },
];

/** A workbook of article rows; `formula` puts a formula in the named column of the last row. */
async function sheet(rows: Record<string, string>[], formula?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('知识库');
  ws.addRow(HEADERS);
  rows.forEach((r) => ws.addRow(row(r)));
  if (formula) ws.getRow(rows.length + 1).getCell(HEADERS.indexOf(formula) + 1).value = { formula: 'HYPERLINK("http://evil.example","点我")', result: '点我' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel and Word import and Excel export of the 知识库 on the real engine. */
describe.each(testDatabases())('知识库 import and export on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let author: ApiClient;
  let reviewer: ApiClient;
  let agent: ApiClient;
  const importXlsx = (file: Buffer, who = author) => who.upload<KnowledgeImportAnswer>('/api/knowledge/imports/xlsx', file, XLSX_TYPE);
  const mine = async () => (await author.get<Listed>('/api/knowledge/articles?drafts=mine&pageSize=100')).body.articles;
  const count = async () => (await engine.admin.get<Listed>('/api/knowledge/articles?pageSize=1')).body.total;
  const audits = async (action: string) => (await engine.admin.get<{ total: number }>(`/api/audit?action=${action}`)).body.total;
  const latest = async (id: string) => (await author.get<Answer>(`/api/knowledge/articles/${id}`)).body.latest;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    author = await userOf(engine, `kimp_author_${engine.db.name}`, ['knowledge_author']);
    reviewer = await userOf(engine, `kimp_reviewer_${engine.db.name}`, ['knowledge_reviewer']);
    agent = await userOf(engine, `kimp_agent_${engine.db.name}`, ['agent']);
  });

  it('given an Excel sheet with good and bad rows, when an author imports it, then exactly the good rows are drafts of theirs and each bad row is reported by row and column in zh-CN', async () => {
    const answer = await importXlsx(await sheet([GOOD_1, ...BAD, GOOD_2], '简短答复'));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ format: 'xlsx', total: 10, created: 1, updated: 0, unchanged: 0, failed: 9 });
    // The last row (GOOD_2) got a formula in its short answer: refused too.
    expect(answer.body.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, '标题', 'required'], [4, '简短答复', 'too_long'], [5, '分类', 'unknown_category'], [6, '适用区域', 'unknown_area'], [7, '生效日期', 'invalid_date'],
      [8, '失效日期', 'expiry_order'], [9, '正文', 'unsafe_html'], [10, '标题', 'title_repeated'], [11, '简短答复', 'formula'],
    ]);
    expect(answer.body.problems.find((p) => p.row === 6)?.message).toBe('区域“火星社区”不存在');
    expect(answer.body.problems.find((p) => p.row === 4)?.message).toBe('不能超过 300 个字');

    const second = await importXlsx(await sheet([GOOD_2]));
    expect(second.body).toMatchObject({ created: 1, failed: 0 });
    const drafts = await mine();
    expect(drafts.map((a) => a.title).sort()).toEqual([GOOD_1.标题, GOOD_2.标题].sort());
    expect(drafts.every((a) => a.latestStatus === 'draft' && a.publishedVersion === null)).toBe(true);
    const dibao = await latest(answer.body.articles[0].id);
    expect(dibao).toMatchObject({ category: 'social_assistance/dibao', areas: ['370102'], effectiveFrom: '2026-01-01', status: 'draft', authoredByName: `kimp_author_${engine.db.name}` });
    expect(dibao.body).toBe('<p>申请条件：<br />收入低于标准。</p><p>到街道便民服务中心申请。</p>');
    expect(await latest(second.body.articles[0].id)).toMatchObject({ areas: ['370102001001'], body: '<p>每月15日前发放。</p>' });
    expect(await audits('knowledge.import')).toBe(2);
  });

  it('given the same rows again, then nothing changes; a changed row of a published article makes a new draft version while the published one stays', async () => {
    const draftsBefore = await audits('knowledge.draft');
    expect((await importXlsx(await sheet([GOOD_1, GOOD_2]))).body).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(await audits('knowledge.draft')).toBe(draftsBefore);

    const id = (await mine()).find((a) => a.title === GOOD_1.标题)!.id;
    await author.post(`/api/knowledge/articles/${id}/submit`, {});
    expect((await reviewer.post(`/api/knowledge/articles/${id}/publish`, {})).status).toBe(200);
    const changed = await importXlsx(await sheet([{ ...GOOD_1, 简短答复: '收入低于低保标准的家庭，到街道申请。' }]));
    expect(changed.body).toMatchObject({ updated: 1, articles: [{ id, outcome: 'updated' }] });
    const article = (await author.get<{ article: { publishedVersion: number; latestVersion: number; latestStatus: string }; published: { shortAnswer: string } }>(`/api/knowledge/articles/${id}`)).body;
    expect(article).toMatchObject({ article: { publishedVersion: 1, latestVersion: 2, latestStatus: 'draft' }, published: { shortAnswer: GOOD_1.简短答复 } });
  });

  it('given an export, when imported again, then every article is unchanged; the export follows the list’s filter', async () => {
    const exported = await author.download('/api/knowledge/exports');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain(XLSX_TYPE);
    const parsed = await readSheet(exported.file);
    expect(parsed.headers).toEqual(HEADERS);
    expect(parsed.rows.find((r) => r.cells['标题'] === GOOD_2.标题)?.cells['分类']).toBe('养老服务');
    const total = await count();
    expect((await importXlsx(exported.file)).body).toMatchObject({ total, unchanged: total, failed: 0 });
    const elderCare = await readSheet((await author.download('/api/knowledge/exports?category=elder_care')).file);
    expect(elderCare.rows.map((r) => r.cells['标题'])).toEqual([GOOD_2.标题]);
    expect(await audits('knowledge.export')).toBe(2);
  });

  it('given the template, then it has the columns, a hint row and an example row that imports', async () => {
    const template = await author.download('/api/knowledge/imports/template');
    const parsed = await readSheet(template.file);
    expect(parsed.headers).toEqual(HEADERS);
    expect(parsed.rows).toHaveLength(1);
    expect((await importXlsx(template.file)).body).toMatchObject({ failed: 0, total: 1 });
  });

  it('given a Word file with two articles, when imported with the dialog’s fields, then both are drafts; a hostile link or a missing answer is reported', async () => {
    const file = await writeDocx([
      { heading: 1, text: '残疾人两项补贴' }, '困难残疾人生活补贴和重度残疾人护理补贴。', { heading: 2, text: '申领' }, '简短答复：到户籍地街道申请两项补贴。',
      { heading: 1, text: '儿童福利机构' }, '孤儿可由儿童福利机构养育。',
      { heading: 1, text: '坏链接' }, { link: 'javascript:alert(1)', text: '点我' },
    ]);
    const query = `category=${encodeURIComponent('残疾人福利')}&areas=370102&shortAnswer=${encodeURIComponent('请咨询区民政局。')}&keywords=${encodeURIComponent('补贴、福利')}`;
    const answer = await author.upload<KnowledgeImportAnswer>(`/api/knowledge/imports/docx?${query}`, file, DOCX_TYPE);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ format: 'docx', total: 3, created: 2, failed: 1, problems: [{ row: 3, column: '正文', code: 'unsafe_html' }] });
    const [subsidy, orphans] = await Promise.all(answer.body.articles.map((a) => latest(a.id)));
    expect(subsidy).toMatchObject({ title: '残疾人两项补贴', category: 'disability', areas: ['370102'], shortAnswer: '到户籍地街道申请两项补贴。', body: '<p>困难残疾人生活补贴和重度残疾人护理补贴。</p><h3>申领</h3>', status: 'draft' });
    expect(orphans.shortAnswer).toBe('请咨询区民政局。');
    const again = await author.upload<KnowledgeImportAnswer>('/api/knowledge/imports/docx?category=disability', await writeDocx(['没有标题的文件']), DOCX_TYPE);
    expect(again.body.problems.map((p) => [p.row, p.column, p.code])).toEqual([[1, '标题', 'no_title'], [1, '简短答复', 'required']]);
  });

  it('given hostile or wrong files, when uploaded, then each is refused whole with a 4xx and nothing changes', async () => {
    const before = await count();
    expect((await importXlsx(Buffer.from('<html><script>alert(1)</script></html>'))).status).toBe(400);
    expect((await author.upload('/api/knowledge/imports/xlsx', await sheet([GOOD_1]), 'text/csv')).status).toBe(415);
    expect((await author.upload('/api/knowledge/imports/docx', await sheet([GOOD_1]), DOCX_TYPE)).status).toBe(400);
    const bomb = await JSZip.loadAsync(await sheet([GOOD_1]));
    bomb.file('xl/worksheets/sheet1.xml', `<worksheet>${' '.repeat(41 * 1024 * 1024)}</worksheet>`);
    const huge = await importXlsx(await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect([huge.status, (huge.body as unknown as ErrorBody).error.details?.[0].code]).toEqual([400, 'zip_too_large']);
    const many = await importXlsx(await writeSheet('知识库', ARTICLE_COLUMNS, Array.from({ length: 501 }, (_, i) => row({ 标题: `文章${i}`, 分类: 'hotline', 简短答复: '答' }))));
    expect([many.status, (many.body as unknown as ErrorBody).error.details?.[0].code]).toEqual([400, 'too_many_rows']);
    const columns = await importXlsx(await writeSheet('x', [{ header: '标题' }, { header: '爱好' }], [['某文章']]));
    expect((columns.body as unknown as ErrorBody).error.details?.map((d) => d.path).sort()).toEqual(['分类', '爱好', '简短答复'].sort());
    expect(await count()).toBe(before);
  });

  it('given an agent, when they try to import or export, then they are refused', async () => {
    expect((await importXlsx(await sheet([GOOD_1]), agent)).status).toBe(403);
    expect((await agent.upload('/api/knowledge/imports/docx?category=hotline', await writeDocx([{ heading: 1, text: '标题' }]), DOCX_TYPE)).status).toBe(403);
    expect((await agent.download('/api/knowledge/imports/template')).status).toBe(403);
    expect((await agent.download('/api/knowledge/exports')).status).toBe(403);
  });
});
