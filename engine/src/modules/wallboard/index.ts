import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { casesModule } from '../cases';
import { statsModule } from '../stats';
import { telephonyModule } from '../telephony';
import { WallboardIndices1767800000000 } from './migrations/1767800000000-wallboard-indices';
import { WallboardReader } from './reader';
import { wallboardRoutes } from './routes';

/** 值班大屏: the duty supervisors' live view; it keeps no tables of its own and reads the others' by index. */
export const wallboardModule = defineModule({
  name: 'wallboard',
  entities: [],
  migrations: [WallboardIndices1767800000000],
  needs: { areas: areasModule, cases: casesModule, telephony: telephonyModule, stats: statsModule },
  start: ({ dataSource, config }, uses) => {
    const sources = {
      agents: uses.telephony.agents,
      stats: uses.stats.stats,
      missedCalls: uses.telephony.missedCalls,
    };
    const reader = new WallboardReader(dataSource, uses.areas.areas, sources, { nearDueMinutes: config.env.WALLBOARD_NEAR_DUE_MINUTES, timeZone: config.cases.timeZone });
    return { gives: { reader }, routes: wallboardRoutes(reader) };
  },
});
