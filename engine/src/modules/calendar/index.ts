import { defineModule } from '../../kernel/module';
import { CalendarDayEntity } from './entities';
import { Calendar1764700000000 } from './migrations/1764700000000-calendar';
import { calendarRoutes } from './routes';
import { CalendarService } from './service';

/** 工作日历: working days and holidays that due times count in. */
export const calendarModule = defineModule({
  name: 'calendar',
  entities: [CalendarDayEntity],
  migrations: [Calendar1764700000000],
  needs: {},
  start: ({ dataSource, audit, config }) => {
    const calendar = new CalendarService(dataSource, audit, config.cases.timeZone);
    return { gives: { calendar }, routes: calendarRoutes(calendar) };
  },
});
