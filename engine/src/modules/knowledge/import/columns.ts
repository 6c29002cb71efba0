import { SHORT_ANSWER_MAX } from '@careflow/contracts';
import { ImportColumn } from '../../imports/kind';
import { KnowledgeVersion } from '../entities';

export const SHEET_NAME = '知识库';

/** The import's and export's columns, in order; the template marks the required ones with *. */
export const ARTICLE_COLUMNS: ImportColumn[] = [
  { header: '标题', required: true, hint: '与已有文章同名时：作为其新的草稿版本（内容相同则不变）', width: 30 },
  { header: '分类', required: true, hint: '知识分类编码或名称，可加子类，如 social_assistance/dibao', width: 24 },
  { header: '关键词', hint: '多个用、，或 , 分隔', width: 20 },
  { header: '同义词', hint: '多个用、，或 , 分隔', width: 20 },
  { header: '适用区域', hint: '区域编码或名称，多个用、分隔；留空为全部区域', width: 20 },
  { header: '文号', width: 20 },
  { header: '发文机关', width: 20 },
  { header: '生效日期', hint: 'YYYY-MM-DD', width: 14 },
  { header: '失效日期', hint: 'YYYY-MM-DD，晚于生效日期', width: 14 },
  { header: '简短答复', required: true, hint: `不超过 ${SHORT_ANSWER_MAX} 字，坐席读给来电人或短信发送`, width: 40 },
  { header: '正文', hint: '纯文本（空行分段）或简单 HTML；脚本等不允许的内容会被拒绝', width: 60 },
];

export const EXAMPLE_ROW = [
  '城乡低保申请条件',
  '社会救助/dibao',
  '低保、最低生活保障',
  '低保户、吃低保',
  '370102',
  '济民政发〔2026〕1号',
  '济南市民政局',
  '2026-01-01',
  '2030-12-31',
  '家庭月人均收入低于当地低保标准、财产符合规定的，可向户籍所在地街道申请低保。',
  '申请条件：\n1. 家庭月人均收入低于当地低保标准；\n2. 家庭财产符合规定。\n\n到户籍所在地街道（乡镇）便民服务中心提出申请。',
];

/** A version as an export row; `categoryText` gives the category as the sheet shows it. */
export function rowOf(v: KnowledgeVersion, categoryText: (code: string) => string): string[] {
  return [
    v.title,
    categoryText(v.category),
    v.keywords.join('、'),
    v.synonyms.join('、'),
    v.areas.join('、'),
    v.docNumber ?? '',
    v.issuer ?? '',
    v.effectiveFrom ?? '',
    v.expiresOn ?? '',
    v.shortAnswer,
    v.body,
  ];
}
