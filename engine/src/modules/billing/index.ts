import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { dictionariesModule } from '../dictionaries';
import { Adjustments } from './adjustments';
import { Charges } from './charges';
import { billingEntities } from './entities';
import { Billing1766600000000 } from './migrations/1766600000000-billing';
import { BillingMonths } from './months';
import { Pricing } from './pricing';
import { Quotes } from './quotes';
import { billingRoutes } from './routes';
import { SubsidyRules } from './rules-service';
import { Statements } from './statements';

/** 收费: subsidy rules, quotes, charge lines with adjustments, month close and the elder's monthly statement. */
export const billingModule = defineModule({
  name: 'billing',
  entities: billingEntities,
  migrations: [Billing1766600000000],
  needs: { areas: areasModule, dictionaries: dictionariesModule },
  start: ({ dataSource, audit, config }, uses) => {
    const { areas } = uses.areas;
    const timeZone = config.cases.timeZone;
    const rules = new SubsidyRules(dataSource, audit, uses.dictionaries.dictionaries);
    const pricing = new Pricing(rules, areas);
    const months = new BillingMonths(dataSource, audit, timeZone);
    const charges = new Charges(dataSource, audit, pricing, areas, timeZone);
    const services = { rules, quotes: new Quotes(dataSource, pricing, timeZone), charges, adjustments: new Adjustments(dataSource, audit, pricing, timeZone), months, statements: new Statements(dataSource, areas, months) };
    return { gives: { charges, months, rules }, routes: billingRoutes(services) };
  },
});
