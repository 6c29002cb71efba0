import { defineModule } from '../../kernel/module';
import { passWorker } from '../../kernel/passes';
import { areasModule } from '../areas';
import { notificationsModule } from '../notifications';
import { smsModule } from '../sms';
import { AlertCrossingEntity, AlertRuleEntity } from './entities';
import { Alerts1768000000700 } from './migrations/1768000000700-alerts';
import { alertRoutes } from './routes';
import { AlertRules } from './rules';
import { CrossingTeller } from './tell';
import { AlertWatch } from './watch';

/** How often every active rule is checked. */
const CHECK_EVERY_MS = 30_000;

/** 预警: thresholds on the live figures; each crossing is told once to the duty supervisors, in-app and by SMS. */
export const alertsModule = defineModule({
  name: 'alerts',
  entities: [AlertRuleEntity, AlertCrossingEntity],
  migrations: [Alerts1768000000700],
  needs: { areas: areasModule, notifications: notificationsModule, sms: smsModule },
  start: ({ dataSource, config, logger }, uses) => {
    const rules = new AlertRules(dataSource, uses.areas.areas);
    const teller = new CrossingTeller(dataSource, uses.areas.areas, uses.notifications.notifications, uses.sms.outbox, config.statements.hotlineName, logger);
    const watch = new AlertWatch(dataSource, teller, logger);
    return { gives: { rules, watch }, routes: alertRoutes(rules), workers: [passWorker('alert-watch', CHECK_EVERY_MS, watch, logger)] };
  },
});
