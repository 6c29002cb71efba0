import { z } from 'zod';
import { parseQuery } from '../../http/query';
import { actorOf, checkedParam, param, route } from '../../http/route';
import { DAY_KINDS } from './entities';
import { CalendarService } from './service';

const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const Year = z.coerce.number().int().min(2000).max(2100);
const DayFields = { kind: z.enum(DAY_KINDS), name: z.string().trim().min(1).max(100) };
const READERS = ['admin', 'analyst', 'supervisor', 'agent', 'auditor'] as const;

export function calendarRoutes(calendar: CalendarService) {
  return [
    route({
      method: 'get',
      path: '/calendar',
      summary: 'The marked days of a year: public holidays and exchanged working days',
      access: READERS,
      handler: async (ctx) => {
        const { year } = parseQuery(z.strictObject({ year: Year }), ctx.query);
        return { year, timeZone: calendar.timeZone, days: await calendar.year(year) };
      },
    }),
    route({
      method: 'put',
      path: '/calendar/days/:date',
      summary: 'Mark a day as a public holiday or a working day',
      access: ['admin'],
      body: z.strictObject(DayFields),
      audit: 'service',
      handler: async (ctx, body) => ({ day: await calendar.setDay({ date: checkedParam(ctx, 'date', DateText), ...body }, actorOf(ctx)) }),
    }),
    route({
      method: 'delete',
      path: '/calendar/days/:date',
      summary: 'Unmark a day (it follows Monday–Friday again)',
      access: ['admin'],
      audit: 'service',
      handler: async (ctx) => calendar.removeDay(param(ctx, 'date'), actorOf(ctx)),
    }),
    route({
      method: 'put',
      path: '/calendar/years/:year',
      summary: "Replace a year's marked days (the year's holiday notice)",
      access: ['admin'],
      body: z.strictObject({ days: z.array(z.strictObject({ date: DateText, ...DayFields })).max(366) }),
      audit: 'service',
      handler: async (ctx, body) => ({ days: await calendar.replaceYear(checkedParam(ctx, 'year', Year), body.days, actorOf(ctx)) }),
    }),
  ];
}
