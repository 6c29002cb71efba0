import { ACCESS, calendarDate, deadlineAnswer, deadlineQuery, calendarDayAnswer, calendarDaysAnswer, calendarQuery, calendarYear, calendarYearAnswer, replaceCalendarYearBody, setCalendarDayBody } from '@careflow/contracts';
import { actorOf, checkedParam, param, route } from '../../http/route';
import { CalendarService } from './service';

const READERS = ACCESS.calendar.read;

export function calendarRoutes(calendar: CalendarService) {
  return [
    route({
      method: 'get',
      path: '/calendar',
      summary: 'The marked days of a year: public holidays and exchanged working days',
      access: READERS,
      query: calendarQuery,
      response: calendarYearAnswer,
      handler: async (_ctx, _body, { year }) => ({ year, timeZone: calendar.timeZone, days: await calendar.year(year) }),
    }),
    route({
      method: 'get',
      path: '/calendar/deadline',
      summary: 'A due time some working days from now on the business calendar, and the moment to urge at a share of it',
      access: [...READERS, 'connector'],
      query: deadlineQuery,
      response: deadlineAnswer,
      handler: (_ctx, _body, q) => calendar.deadline(new Date(), q.workingDays, q.urgePercent),
    }),
    route({
      method: 'put',
      path: '/calendar/days/:date',
      summary: 'Mark a day as a public holiday or a working day',
      access: ['admin'],
      body: setCalendarDayBody,
      response: calendarDayAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ day: await calendar.setDay({ date: checkedParam(ctx, 'date', calendarDate), ...body }, actorOf(ctx)) }),
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
      body: replaceCalendarYearBody,
      response: calendarDaysAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ days: await calendar.replaceYear(checkedParam(ctx, 'year', calendarYear), body.days, actorOf(ctx)) }),
    }),
  ];
}
