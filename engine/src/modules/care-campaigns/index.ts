import { defineModule } from '../../kernel/module';
import { passWorker } from '../../kernel/passes';
import { areasModule } from '../areas';
import { carePlansModule } from '../care-plans';
import { SystemUser } from '../care-plans/system-user';
import { casesModule } from '../cases';
import { dictionariesModule } from '../dictionaries';
import { CareCampaignEntity, CareCampaignTargetEntity } from './entities';
import { CareCampaigns1767720000000 } from './migrations/1767720000000-care-campaigns';
import { CampaignOpener } from './opener';
import { recordCampaignOutcomes } from './outcomes';
import { careCampaignRoutes } from './routes';
import { CareCampaigns } from './service';

/** At most this long between campaign passes (CARE_PASS_SECONDS 0 still means none): a call the rolling minute frees goes out within seconds. */
const CAMPAIGN_PASS_SECONDS = 10;

/** 关怀活动: one-off care calls to a filtered list of elders, throttled, with progress and outcomes. */
export const careCampaignsModule = defineModule({
  name: 'care-campaigns',
  entities: [CareCampaignEntity, CareCampaignTargetEntity],
  migrations: [CareCampaigns1767720000000],
  needs: { areas: areasModule, cases: casesModule, dictionaries: dictionariesModule, carePlans: carePlansModule },
  start: ({ dataSource, audit, config, logger, operaton }, uses) => {
    const { plans, throttle } = uses.carePlans;
    const campaigns = new CareCampaigns(dataSource, audit, uses.areas.areas, uses.dictionaries.dictionaries, uses.cases.cases, () => plans.today(), logger);
    const { quietFrom, quietUntil, retryMinutes, tries, visitWithinHours } = config.care;
    const timing = { timeZone: config.cases.timeZone, quiet: { from: quietFrom, until: quietUntil }, retryMinutes, tries, visitWithinHours };
    const opener = new CampaignOpener(dataSource, campaigns, uses.cases.cases, throttle, timing, new SystemUser(dataSource), logger);
    recordCampaignOutcomes(operaton.lifecycle.closer);
    return { gives: { campaigns, opener }, routes: careCampaignRoutes(campaigns), workers: [passWorker('care-campaigns', Math.min(config.care.passSeconds, CAMPAIGN_PASS_SECONDS) * 1000, opener, logger)] };
  },
});
