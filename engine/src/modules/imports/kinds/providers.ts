import { z } from 'zod';
import { zodProblems } from '../../../http/errors';
import { errors } from '../../../http/errors';
import { newProviderBody, newStaffBody } from '@careflow/contracts';
import { ProviderService } from '../../providers/providers-service';
import { StaffService } from '../../providers/staff-service';
import { ImportKind, listOf } from '../kind';

const NATURES: Record<string, string> = { 企业: 'enterprise', 民办非企业: 'private_non_enterprise', 事业单位: 'public_institution', 个体: 'individual' };
const STAFF_STATUSES: Record<string, string> = { 在岗: 'active', 休假: 'on_leave', 离职: 'left' };

/** 40 or 40.5 yuan → fen; anything else is left for the schema to refuse. */
const fen = (yuan: string) => (/^\d+(\.\d{1,2})?$/.test(yuan) ? Math.round(Number(yuan) * 100) : Number.NaN);

function parsed<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw errors.invalidInput(zodProblems(result.error));
  return result.data;
}

const PROVIDER_HEADERS: Record<string, string> = {
  name: '机构名称', creditCode: '统一社会信用代码', address: '地址', nature: '机构性质', contactName: '联系人', contactPhone: '联系电话',
  contractFrom: '合同开始', contractTo: '合同结束', capacity: '最大并发工单', areas: '服务区域', items: '服务项目及价格',
};

export function providerImport(providers: ProviderService): ImportKind {
  return {
    kind: 'providers',
    sheetName: '服务商',
    columns: Object.values(PROVIDER_HEADERS).map((header) => ({ header, required: header !== '服务项目及价格', hint: { 机构性质: '企业、民办非企业、事业单位、个体', 服务区域: '区域编码，多个用、分隔', 服务项目及价格: '项目编码:元，如 housekeeping_basic:40' }[header] })),
    example: ['安康家政服务有限公司', '91350100M000100Y43', '历下区文化东路 9 号', '企业', '赵经理', '13905319999', '2026-01-01', '2026-12-31', '20', '370102', 'housekeeping_basic:40'],
    importers: ['admin', 'supervisor'],
    columnOf: (path) => PROVIDER_HEADERS[path.split('.')[0]],
    async importRow(row, { actor }) {
      const c = row.cells;
      const items = listOf(c['服务项目及价格']).map((entry) => {
        const [code, price = ''] = entry.split(/[:：]/);
        return { code: code.trim(), price: fen(price.trim()) };
      });
      const input = parsed(newProviderBody.omit({ status: true, items: true }).extend({ items: newProviderBody.shape.items.optional() }), {
        name: c['机构名称'], creditCode: c['统一社会信用代码'], address: c['地址'], nature: NATURES[c['机构性质']] ?? c['机构性质'],
        contactName: c['联系人'], contactPhone: c['联系电话'], contractFrom: c['合同开始'], contractTo: c['合同结束'],
        capacity: Number(c['最大并发工单']), areas: listOf(c['服务区域']), items: c['服务项目及价格'] ? items : undefined,
      });
      return (await providers.upsertByCreditCode(input, actor)).outcome;
    },
  };
}

const STAFF_HEADERS: Record<string, string> = { name: '姓名', phone: '手机', skills: '技能', areas: '服务区域', status: '状态' };

export function staffImport(providers: ProviderService, staff: StaffService): ImportKind {
  return {
    kind: 'staff',
    sheetName: '服务人员',
    columns: [
      { header: '姓名', required: true },
      { header: '手机', required: true, hint: '按手机号去重' },
      { header: '技能', hint: '服务项目编码，多个用、分隔' },
      { header: '服务区域', required: true, hint: '区域编码，多个用、分隔' },
      { header: '状态', hint: '在岗、休假、离职' },
    ],
    example: ['孙阿姨', '13705310001', 'housekeeping_basic', '370102001', '在岗'],
    importers: ['admin', 'supervisor', 'provider_admin'],
    columnOf: (path) => STAFF_HEADERS[path.split('.')[0]],
    async prepare({ user, params }) {
      if (!params.providerId) throw errors.invalidInput([{ path: 'providerId', message: 'name the provider whose staff these are', code: 'provider_missing' }]);
      await providers.get(params.providerId, user); // 404 for a provider the user may not see
      if (!user.roles.some((r) => r === 'admin' || r === 'supervisor') && user.providerId !== params.providerId) throw errors.forbidden('You manage only your own provider’s staff');
    },
    async importRow(row, { actor, params }) {
      const c = row.cells;
      const input = parsed(newStaffBody.omit({ skills: true, status: true }).extend({ skills: newStaffBody.shape.skills.optional(), status: newStaffBody.shape.status.optional() }), {
        name: c['姓名'], phone: c['手机'], areas: listOf(c['服务区域']),
        skills: c['技能'] ? listOf(c['技能']) : undefined, status: c['状态'] ? (STAFF_STATUSES[c['状态']] ?? c['状态']) : undefined,
      });
      return (await staff.upsertByPhone(params.providerId, input, actor)).outcome;
    },
  };
}
