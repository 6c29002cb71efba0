import { ACCESS, billingMonth, settlementAnswer, settlementConfirmAnswer, settlementConfirmBody, settlementDetailQuery, settlementQuery, settlementsAnswer, subsidyReportAnswer } from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, currentUser, route, RouteContext, RouteSpec } from '../../http/route';
import { DictionaryService } from '../dictionaries/service';
import { labelOf } from '../imports/kinds/dictionary-cells';
import { download } from '../imports/routes';
import { BillingMonths } from './months';
import { settlementWorkbook, subsidyReportWorkbook } from './settlement-sheets';
import { Settlements } from './settlements';
import { SubsidyReport } from './subsidy-report';

export interface SettlementServices {
  settlements: Settlements;
  report: SubsidyReport;
  months: BillingMonths;
  dictionaries: DictionaryService;
  timeZone: string;
}

const providerIdOf = (ctx: RouteContext) => checkedParam(ctx, 'providerId', z.string().min(1).max(36));

/** 结算 and 补贴报表: the month asked for, or this one. */
export function settlementRoutes(s: SettlementServices): RouteSpec[] {
  const monthOf = (query: { month?: string }) => query.month ?? s.months.current();
  const one = (ctx: RouteContext, query: { month?: string }, paging?: { page: number; pageSize: number }) => s.settlements.one(providerIdOf(ctx), monthOf(query), currentUser(ctx), paging);
  const report = async (ctx: RouteContext, query: { month?: string }) => s.report.of(monthOf(query), currentUser(ctx));
  return [
    route({
      method: 'get',
      path: '/billing/settlements',
      summary: 'Providers’ settlements (结算) of a month: orders, lines, amount, subsidy due, elders’ share, adjustments and the confirmation; a provider’s users see their own',
      access: ACCESS.billing.settlements,
      query: settlementQuery,
      response: settlementsAnswer,
      handler: (ctx, _b, query) => s.settlements.list(monthOf(query), currentUser(ctx)),
    }),
    route({ method: 'get', path: '/billing/settlements/:providerId', summary: 'One provider’s settlement of a month with a page of its lines (the elders’ names on them) and their total', access: ACCESS.billing.settlements, query: settlementDetailQuery, response: settlementAnswer, handler: (ctx, _b, query) => one(ctx, query, query) }),
    route({
      method: 'get',
      path: '/billing/settlements/:providerId/xlsx',
      summary: 'One provider’s settlement of a month as Excel (结算汇总, 结算明细)',
      access: ACCESS.billing.settlements,
      query: settlementQuery,
      handler: async (ctx, _b, query) => {
        const found = await one(ctx, query);
        return download(ctx, `结算单-${found.settlement.providerName}-${found.month}`, await settlementWorkbook(found, s.timeZone));
      },
    }),
    route({
      method: 'post',
      path: '/billing/settlements/:providerId/:month/confirm',
      summary: 'The provider’s admin confirms (确认结算) a closed month’s settlement with the signer’s name, once',
      access: ACCESS.billing.confirm,
      body: settlementConfirmBody,
      response: settlementConfirmAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ settlement: await s.settlements.confirm(providerIdOf(ctx), checkedParam(ctx, 'month', billingMonth), body.signatureName, currentUser(ctx), authorOf(ctx)) }),
    }),
    route({ method: 'get', path: '/billing/reports/subsidy', summary: 'The subsidy report (补贴报表) of a month by area, subsidy category and item, in your area scope', access: ACCESS.billing.read, query: settlementQuery, response: subsidyReportAnswer, handler: (ctx, _b, query) => report(ctx, query) }),
    route({
      method: 'get',
      path: '/billing/reports/subsidy/xlsx',
      summary: 'The subsidy report of a month as Excel: 按区域, 按类别, 按项目, each with the totals',
      access: ACCESS.billing.read,
      query: settlementQuery,
      handler: async (ctx, _b, query) => {
        const { report: found } = await report(ctx, query);
        const labels = new Map(await Promise.all(found.byCategory.map(async (r) => [r.category, r.category === null ? '未评定' : await labelOf(s.dictionaries, 'subsidy_category', r.category)] as const)));
        return download(ctx, `补贴报表-${found.month}`, await subsidyReportWorkbook(found, (code) => labels.get(code) ?? code ?? ''));
      },
    }),
  ];
}
