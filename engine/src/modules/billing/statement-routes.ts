import {
  STATEMENT_READERS,
  STATEMENT_SMS_SENDERS,
  statementListAnswer,
  statementListQuery,
  statementQuery,
  statementSmsAnswer,
  statementSmsBody,
} from '@careflow/contracts';
import { z } from 'zod';
import { checkedParam, currentUser, param, route, RouteContext, RouteSpec } from '../../http/route';
import { download, pdfDownload } from '../imports/routes';
import { StatementFiles } from './statement-files';
import { StatementList } from './statement-list';
import { StatementSms } from './statement-sms';

const elderIdOf = (ctx: RouteContext) => checkedParam(ctx, 'elderId', z.string().min(1).max(36));
const exported = (format: string) => ({ action: 'statement.export', entity: 'elder', id: ({ ctx }: { ctx: RouteContext }) => param(ctx, 'elderId'), summary: ({ query }: { query: { month?: string } }) => ({ format, month: query.month ?? null }) });

/** 收费清单 beyond the JSON one: as PDF and Excel, as a text to a relative, and the month's list to pick from. */
export function statementRoutes(s: { files: StatementFiles; list: StatementList; sms: StatementSms }): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/billing/statements',
      summary: 'The elders with 收费清单 lines in a month (default: this month): a provider’s users their provider’s, the hotline its area scope’s',
      access: STATEMENT_READERS,
      query: statementListQuery,
      response: statementListAnswer,
      handler: (ctx, _b, query) => s.list.list(query, currentUser(ctx)),
    }),
    route({
      method: 'get',
      path: '/billing/statements/:elderId/pdf',
      summary: 'An elder’s statement (收费清单) of one month as a PDF, with the access and provider scoping of the JSON one',
      access: STATEMENT_READERS,
      query: statementQuery,
      audit: exported('pdf'),
      handler: async (ctx, _b, query) => {
        const { name, file } = await s.files.pdf(elderIdOf(ctx), query.month, currentUser(ctx));
        return pdfDownload(ctx, name, 'statement', file);
      },
    }),
    route({
      method: 'get',
      path: '/billing/statements/:elderId/xlsx',
      summary: 'An elder’s statement (收费清单) of one month as an Excel workbook (money in yuan), scoped like the JSON one',
      access: STATEMENT_READERS,
      query: statementQuery,
      audit: exported('xlsx'),
      handler: async (ctx, _b, query) => {
        const { name, file } = await s.files.xlsx(elderIdOf(ctx), query.month, currentUser(ctx));
        return download(ctx, name, file);
      },
    }),
    route({
      method: 'post',
      path: '/billing/statements/:elderId/sms',
      summary: 'Text the month’s statement summary to the elder’s relative (default: the first in call order with a mobile) through the SMS outbox',
      access: STATEMENT_SMS_SENDERS,
      body: statementSmsBody,
      response: statementSmsAnswer,
      audit: {
        action: 'statement.sms',
        entity: 'elder',
        id: ({ ctx }) => param(ctx, 'elderId'),
        summary: ({ body, result }) => ({ month: body.month, messageId: result.message.id, recipient: result.message.recipient, repeated: result.repeated }),
      },
      handler: async (ctx, body) => {
        const answer = await s.sms.send(elderIdOf(ctx), body, currentUser(ctx));
        ctx.status = answer.repeated ? 200 : 201;
        return answer;
      },
    }),
  ];
}
