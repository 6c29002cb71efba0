import { ACCESS, carePlanExportQuery, elderListQuery, providerQuery, yuanFigure } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { actorOf, currentUser, route } from '../../http/route';
import { AreaService } from '../areas/service';
import { AuditLog } from '../audit/service';
import { DictionaryService } from '../dictionaries/service';
import { exportElders } from '../elders/export';
import { ElderService } from '../elders/service';
import { ProviderService } from '../providers/providers-service';
import { exportCarePlans } from '../imports/kinds/care-plans-export';
import { sheetDownload } from '../imports/report-routes';
import { download } from '../imports/routes';

const NATURE = { enterprise: '企业', private_non_enterprise: '民办非企业', public_institution: '事业单位', individual: '个体' } as const;
const LEVEL = { city: '市', district: '区县', street: '街道', community: '社区' } as const;
const PROVIDER_PAGE = 200;

export interface ExportDeps {
  dataSource: DataSource;
  audit: AuditLog;
  areas: AreaService;
  dictionaries: DictionaryService;
  elders: ElderService;
  providers: ProviderService;
}

/** Lists as Excel workbooks, filtered like the list and masked as the list is for the caller's role. */
export function exportRoutes(deps: ExportDeps) {
  return [
    route({
      method: 'get',
      path: '/exports/elders',
      summary: 'Elder files as Excel (full columns, audited, for roles that see the full file; masked otherwise)',
      access: ['admin', 'supervisor', 'agent', 'analyst', 'auditor'],
      audit: 'service',
      query: elderListQuery,
      handler: async (ctx, _body, { page: _p, pageSize: _s, ...query }) =>
        download(ctx, '老人档案', await exportElders(deps.dataSource, deps.elders, deps.dictionaries, deps.audit, query, currentUser(ctx), actorOf(ctx))),
    }),
    route({
      method: 'get',
      path: '/exports/care-plans',
      summary: 'The standing care plans (关怀计划) of the elders in your area scope as Excel, in the import template’s columns (audited: it names elders by ID card)',
      access: ACCESS.care.manage,
      audit: 'service',
      query: carePlanExportQuery,
      handler: async (ctx, _body, query) => download(ctx, '关怀计划', await exportCarePlans(deps.dataSource, deps.elders, deps.audit, query, currentUser(ctx), actorOf(ctx))),
    }),
    route({
      method: 'get',
      path: '/exports/areas',
      summary: 'The area tree as Excel (the import template’s columns)',
      access: 'authenticated',
      handler: async (ctx) => {
        const rows = (await deps.areas.list()).map((a) => [a.code, a.name, LEVEL[a.level], a.parentCode ?? '']);
        return sheetDownload(ctx, { name: '区域', file: '区域', columns: ['区域编码', '名称', '级别', '上级编码'].map((header) => ({ header })), rows });
      },
    }),
    route({
      method: 'get',
      path: '/exports/providers',
      summary: 'Providers as Excel, filtered like the list; phones as the list shows them to you',
      access: ['admin', 'supervisor', 'agent', 'analyst', 'auditor', 'provider_admin', 'provider_staff'],
      // The list's filter; the export walks every page itself.
      query: providerQuery,
      handler: async (ctx, _body, { page: _p, pageSize: _s, ...filter }) => {
        const rows: string[][] = [];
        for (let page = 1; ; page++) {
          const { providers, total } = await deps.providers.list({ ...filter, page, pageSize: PROVIDER_PAGE }, currentUser(ctx));
          for (const p of providers) {
            rows.push([p.name, p.creditCode, p.address, NATURE[p.nature], p.contactName, p.contactPhone, p.contractFrom, p.contractTo, String(p.capacity), p.areas.join('、'), p.items.map((i) => `${i.code}:${yuanFigure(i.price)}`).join('、')]);
          }
          if (page * PROVIDER_PAGE >= total) break;
        }
        const headers = ['机构名称', '统一社会信用代码', '地址', '机构性质', '联系人', '联系电话', '合同开始', '合同结束', '最大并发工单', '服务区域', '服务项目及价格'];
        return sheetDownload(ctx, { name: '服务商', file: '服务商', columns: headers.map((header) => ({ header })), rows });
      },
    }),
  ];
}
