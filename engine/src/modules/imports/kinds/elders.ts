import { errors } from '../../../http/errors';
import { DictionaryService } from '../../dictionaries/service';
import { ElderInput } from '../../elders/schema';
import { ElderService } from '../../elders/service';
import { ImportColumn, ImportKind, listOf, yes } from '../kind';
import { SheetRow } from '../sheets';
import { codeOf } from './dictionary-cells';

const RELATIVES = 3;
const relativeColumns = (n: number): ImportColumn[] => [
  { header: `紧急联系人${n}姓名` },
  { header: `紧急联系人${n}关系`, hint: '儿子、女儿、配偶…' },
  { header: `紧急联系人${n}电话` },
  { header: `紧急联系人${n}住附近`, hint: '是/否' },
];

export const ELDER_COLUMNS: ImportColumn[] = [
  { header: '姓名', required: true },
  { header: '身份证号', required: true, hint: '18 位，按身份证号去重', width: 22 },
  { header: '性别', hint: '可留空：按身份证号推算' },
  { header: '出生日期', hint: 'YYYY-MM-DD，可留空' },
  { header: '电话', hint: '多个用、分隔', width: 24 },
  { header: '地址', required: true, width: 30 },
  { header: '区域编码', required: true, hint: '社区的区域编码' },
  { header: '居住情况', hint: '独居、空巢、与家人同住、机构养老' },
  { header: '补贴类别', hint: '无偿、低偿、有偿' },
  { header: '残疾等级' },
  { header: '自理能力', hint: '完全自理、部分自理、不能自理' },
  { header: '健康状况', hint: '多个用、分隔' },
  { header: '过敏史' },
  { header: '用药' },
  { header: '服务备注', hint: '服务人员上门须知' },
  ...Array.from({ length: RELATIVES }, (_, i) => relativeColumns(i + 1)).flat(),
  { header: '终端类型', hint: '呼叫器（一键通）、老人手机…' },
  { header: '终端号码' },
  { header: '设备编号' },
];

const FIELD_COLUMNS: [RegExp, string][] = [
  [/^name$/, '姓名'],
  [/^idCard$/, '身份证号'],
  [/^gender$/, '性别'],
  [/^birthDate$/, '出生日期'],
  [/^phones/, '电话'],
  [/^address$/, '地址'],
  [/^areaCode$/, '区域编码'],
  [/^livingSituation$/, '居住情况'],
  [/^subsidyCategory$/, '补贴类别'],
  [/^health\.disabilityLevel$/, '残疾等级'],
  [/^health\.selfCare$/, '自理能力'],
  [/^health\.conditions/, '健康状况'],
  [/^terminals\.\d+\.type$/, '终端类型'],
  [/^terminals\.\d+\.number$/, '终端号码'],
  [/^terminals/, '设备编号'],
];

function columnOf(path: string): string | undefined {
  const relative = /^relatives\.(\d+)\.(\w+)/.exec(path);
  if (relative) return `紧急联系人${Number(relative[1]) + 1}${{ name: '姓名', relation: '关系', phones: '电话', livesNearby: '住附近' }[relative[2]] ?? '姓名'}`;
  return FIELD_COLUMNS.find(([pattern]) => pattern.test(path))?.[1] ?? (ELDER_COLUMNS.some((c) => c.header === path) ? path : undefined);
}

/** The row's columns over the stored file (fields the sheet has no column for are kept). */
async function inputOf(row: SheetRow, base: ElderInput | null, dictionaries: DictionaryService): Promise<ElderInput> {
  const c = row.cells;
  const code = (key: string, header: string) => codeOf(dictionaries, key, c[header]);
  const relatives = [];
  for (let n = 1; n <= RELATIVES; n++) {
    if (!c[`紧急联系人${n}姓名`]) continue;
    relatives.push({
      name: c[`紧急联系人${n}姓名`],
      relation: (await code('relation_type', `紧急联系人${n}关系`)) ?? '',
      phones: listOf(c[`紧急联系人${n}电话`]).map((number) => ({ number })),
      livesNearby: yes(c[`紧急联系人${n}住附近`]),
    });
  }
  const terminalType = await code('terminal_type', '终端类型');
  const gender = { 男: 'male', 女: 'female', male: 'male', female: 'female' }[c['性别'] ?? ''] as ElderInput['gender'];
  const health = base?.health ?? { conditions: [], history: '', allergies: '', medications: '', disabilityLevel: null, selfCare: null };
  return {
    ...(base ?? { doctor: null, communityWorker: null, interests: [], notes: '', photoFileId: null }),
    name: c['姓名'],
    idCard: c['身份证号'],
    gender: gender ?? (c['性别'] ? (c['性别'] as ElderInput['gender']) : undefined),
    birthDate: c['出生日期'] || undefined,
    phones: listOf(c['电话']).map((number) => ({ number })),
    address: c['地址'],
    areaCode: c['区域编码'],
    livingSituation: await code('living_situation', '居住情况'),
    subsidyCategory: await code('subsidy_category', '补贴类别'),
    health: { ...health, conditions: listOf(c['健康状况']), allergies: c['过敏史'] ?? '', medications: c['用药'] ?? '', disabilityLevel: await code('disability_level', '残疾等级'), selfCare: await code('self_care', '自理能力') },
    serviceNotes: c['服务备注'] ?? '',
    relatives,
    terminals: terminalType ? [{ type: terminalType, number: c['终端号码'] || null, deviceId: c['设备编号'] || null, buttons: base?.terminals[0]?.buttons ?? [] }] : [],
  };
}

export function elderImport(elders: ElderService, dictionaries: DictionaryService): ImportKind {
  return {
    kind: 'elders',
    sheetName: '老人档案',
    columns: ELDER_COLUMNS,
    example: ['王秀英', '370102194001010025', '', '', '0531-88001234', '历下区山大南路 27 号', '370102001001', '独居', '无偿', '无', '部分自理', '高血压、糖尿病', '青霉素', '二甲双胍', '六楼无电梯', '刘建国', '儿子', '13905310001', '否'],
    importers: ['admin', 'supervisor'],
    columnOf,
    async importRow(row, { user, actor }) {
      const missing = ELDER_COLUMNS.filter((col) => col.required && !row.cells[col.header]);
      if (missing.length > 0) throw errors.invalidInput(missing.map((col) => ({ path: col.header, message: 'is required', code: 'required' })));
      const base = await elders.inputByIdCard(row.cells['身份证号'], user);
      const input = await inputOf(row, base, dictionaries);
      return (await elders.upsertByIdCard(input, user, actor)).outcome;
    },
  };
}
