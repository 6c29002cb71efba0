import { ACCESS, carePlanBody, type CareOwner, type FieldProblem } from '@careflow/contracts';
import { errors, zodProblems } from '../../../http/errors';
import { CarePlans } from '../../care-plans/service';
import { ElderService } from '../../elders/service';
import { PublicUser } from '../../identity/entities';
import { ImportColumn, ImportKind } from '../kind';
import { SheetRow } from '../sheets';
import { CHANNEL_LABELS, KIND_LABELS } from '../../care-plans/labels';
import { codeOfLabel, COMMUNITY_WORKER, HOLIDAY_LABELS, notOneOf, SCHEDULE_LABELS, scheduleOf } from './care-labels';

export const CARE_PLAN_COLUMNS: ImportColumn[] = [
  { header: '姓名', hint: '可留空；填写则须与档案一致' },
  { header: '身份证号', required: true, hint: '按身份证号找老人档案', width: 22 },
  { header: '关怀类型', required: true, hint: Object.values(KIND_LABELS).join('、'), width: 16 },
  { header: '关怀方式', required: true, hint: Object.values(CHANNEL_LABELS).join('、'), width: 14 },
  { header: '周期', required: true, hint: Object.values(SCHEDULE_LABELS).join('、') },
  { header: '周期值', hint: '每周：一、三、五；每月：几号；每N天：N；生日：留空', width: 18 },
  { header: '时段开始', hint: 'HH:mm，默认 09:00' },
  { header: '时段结束', hint: 'HH:mm，默认 11:00' },
  { header: '节假日', hint: '顺延、跳过，默认顺延' },
  { header: '事项', hint: '播报内容含 {事项} 时必填', width: 20 },
  { header: '播报内容', hint: '可用 {姓名} {称呼} {事项} {日期}；留空用默认内容', width: 36 },
  { header: '负责方', hint: `用户组编码，或“${COMMUNITY_WORKER}”；默认 hotline`, width: 18 },
  { header: '开始日期', hint: 'YYYY-MM-DD；留空：新计划从今天起，已有计划不变' },
  { header: '结束日期', hint: 'YYYY-MM-DD，可留空' },
];

/**
 * The natural key of a row: 身份证号 + 关怀类型 + 关怀方式 + 周期 + 周期值. A row with the key of one of
 * the elder's standing plans (not ended) is that plan, so the same file imported again changes nothing.
 */
export const CARE_PLAN_KEY = ['身份证号', '关怀类型', '关怀方式', '周期', '周期值'] as const;

const FIELD_COLUMNS: Record<string, string> = {
  elderId: '身份证号', kind: '关怀类型', channel: '关怀方式', schedule: '周期值', windowFrom: '时段开始', windowTo: '时段结束',
  holidays: '节假日', subject: '事项', message: '播报内容', owner: '负责方', startsOn: '开始日期', endsOn: '结束日期',
};
const columnOf = (path: string) => FIELD_COLUMNS[path.split('.')[0]] ?? (CARE_PLAN_COLUMNS.some((c) => c.header === path) ? path : undefined);

/** 9:00 as 09:00; an Excel time typed into a number cell (a fraction of a day) as its clock. */
function clock(cell: string): string {
  if (/^0?\.\d+$/.test(cell)) {
    const minutes = Math.round(Number(cell) * 24 * 60);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  return cell.replace(/^(\d):/, '0$1:').replace('：', ':');
}

const ownerOf = (cell: string): CareOwner => (cell === COMMUNITY_WORKER ? { kind: 'community_worker' } : { kind: 'group', group: cell });

/** The elder a row names, by ID card, among the files the user's area scope covers; unknown and out of scope read alike. */
async function elderOf(elders: ElderService, cells: Record<string, string>, user: PublicUser): Promise<string | FieldProblem> {
  const idCard = cells['身份证号'].toUpperCase();
  const elder = (await (await elders.matching({ q: idCard }, user)).getMany()).find((e) => e.idCard === idCard);
  if (!elder) return { path: '身份证号', message: `no elder file with ID card ${idCard} in your area scope`, code: 'unknown_elder' };
  if (cells['姓名'] && cells['姓名'] !== elder.name) return { path: '姓名', message: `the file of this ID card is ${elder.name}'s`, code: 'elder_name_mismatch' };
  return elder.id;
}

/** The row as the create route's body; every cell it cannot read is a problem naming its column (with the elder's, if any). */
function bodyOf(c: Record<string, string>, elder: string | FieldProblem, today: string) {
  const problems: FieldProblem[] = typeof elder === 'string' ? [] : [elder];
  const kind = codeOfLabel(KIND_LABELS, c['关怀类型']);
  const channel = codeOfLabel(CHANNEL_LABELS, c['关怀方式']);
  const holidays = c['节假日'] ? codeOfLabel(HOLIDAY_LABELS, c['节假日']) : 'shift';
  const schedule = scheduleOf(c['周期'], c['周期值'] ?? '', { kind: '周期', value: '周期值' });
  const labels = [
    ...(kind ? [] : [notOneOf('关怀类型', c['关怀类型'], KIND_LABELS)]),
    ...(channel ? [] : [notOneOf('关怀方式', c['关怀方式'], CHANNEL_LABELS)]),
    ...(holidays ? [] : [notOneOf('节假日', c['节假日'], HOLIDAY_LABELS)]),
    ...('path' in schedule ? [schedule] : []),
  ];
  // Cells that are not labels are left out of the schema check: it would name them again in its own terms.
  if (labels.length) throw errors.invalidInput([...problems, ...labels]);
  const parsed = carePlanBody.safeParse({
    elderId: typeof elder === 'string' ? elder : '(unknown)', kind, channel, schedule, holidays,
    windowFrom: c['时段开始'] ? clock(c['时段开始']) : undefined,
    windowTo: c['时段结束'] ? clock(c['时段结束']) : undefined,
    subject: c['事项'] ?? '', message: c['播报内容'] ?? '',
    owner: c['负责方'] ? ownerOf(c['负责方']) : undefined,
    startsOn: c['开始日期'] || today, endsOn: c['结束日期'] || null,
  });
  if (!parsed.success || problems.length) throw errors.invalidInput([...problems, ...(parsed.success ? [] : zodProblems(parsed.error))]);
  return parsed.data;
}

export function carePlanImport(plans: CarePlans, elders: ElderService): ImportKind {
  return {
    kind: 'care-plans',
    sheetName: '关怀计划',
    columns: CARE_PLAN_COLUMNS,
    example: ['王秀英', '370102194001010025', '关怀电话', '机器人外呼', '每周', '一、三、五', '09:00', '11:00', '顺延', '', '', 'hotline', '', ''],
    importers: ACCESS.care.manage,
    columnOf,
    async importRow(row: SheetRow, { user, actor }) {
      const missing = CARE_PLAN_COLUMNS.filter((col) => col.required && !row.cells[col.header]);
      if (missing.length > 0) throw errors.invalidInput(missing.map((col) => ({ path: col.header, message: 'is required', code: 'required' })));
      const body = bodyOf(row.cells, await elderOf(elders, row.cells, user), plans.today());
      return (await plans.upsertByKey(body, !row.cells['开始日期'], user, actor)).outcome;
    },
  };
}
