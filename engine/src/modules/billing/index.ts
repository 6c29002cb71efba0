import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { dictionariesModule } from '../dictionaries';
import { SmsOutbox } from '../sms/outbox';
import { SmsTemplateService } from '../sms/templates';
import { NotificationService } from '../notifications/service';
import { Adjustments } from './adjustments';
import { cancelOrdersWithCase } from './cancel-case';
import { cancellationRoutes } from './cancellation-routes';
import { CancellationTermsReader } from './cancellation-terms';
import { Charges } from './charges';
import { billingEntities } from './entities';
import { Billing1766600000000 } from './migrations/1766600000000-billing';
import { StatementSmsTemplate1766650000000 } from './migrations/1766650000000-statement-sms-template';
import { Settlements1766660000000 } from './migrations/1766660000000-settlements';
import { SettlementFigures1767000000000 } from './migrations/1767000000000-settlement-figures';
import { BillingMonths } from './months';
import { Pricing } from './pricing';
import { Quotes } from './quotes';
import { billingRoutes } from './routes';
import { SubsidyRules } from './rules-service';
import { SettlementConfirmationEntity, SettlementFiguresEntity } from './settlement-entity';
import { settlementRoutes } from './settlement-routes';
import { Settlements } from './settlements';
import { StatementFiles } from './statement-files';
import { StatementList } from './statement-list';
import { statementRoutes } from './statement-routes';
import { StatementSms } from './statement-sms';
import { Statements } from './statements';
import { SubsidyReport } from './subsidy-report';

/** 收费: subsidy rules, quotes, charge lines with adjustments, month close and the elder's monthly statement. */
export const billingModule = defineModule({
  name: 'billing',
  entities: [...billingEntities, SettlementConfirmationEntity, SettlementFiguresEntity],
  migrations: [Billing1766600000000, StatementSmsTemplate1766650000000, Settlements1766660000000, SettlementFigures1767000000000],
  needs: { areas: areasModule, dictionaries: dictionariesModule },
  start: ({ dataSource, audit, config, timeline, live, logger, operaton }, uses) => {
    const { areas } = uses.areas;
    const timeZone = config.cases.timeZone;
    const rules = new SubsidyRules(dataSource, audit, uses.dictionaries.dictionaries);
    const pricing = new Pricing(rules, areas);
    const months = new BillingMonths(dataSource, audit, timeZone);
    const charges = new Charges(dataSource, audit, pricing, areas, timeZone);
    const statements = new Statements(dataSource, areas, months);
    const services = { rules, quotes: new Quotes(dataSource, pricing, timeZone), charges, adjustments: new Adjustments(dataSource, audit, pricing, timeZone), months, statements };
    // The SMS module starts after this one; its outbox and templates are stateless over the database, so built here (as cases does).
    const templates = new SmsTemplateService(dataSource, audit);
    const outbox = new SmsOutbox(dataSource, config.sms.rateLimitPerHour, async (key, params) => (await templates.render(key, params)).content);
    const files = new StatementFiles(statements, uses.dictionaries.dictionaries, timeZone, config.statements.pdfFont, config.statements.hotlineName);
    const statementParts = { files, list: new StatementList(dataSource, areas, months), sms: new StatementSms(dataSource, statements, months, outbox) };
    const settlementParts = { settlements: new Settlements(dataSource, areas, months, audit), report: new SubsidyReport(dataSource, areas, months), months, dictionaries: uses.dictionaries.dictionaries, timeZone };
    // A canceled case cancels its open orders and charges the fee of one its worker had started (dispatches start before billing).
    const notifications = new NotificationService(dataSource, live);
    operaton.lifecycle.closer.onCanceled(cancelOrdersWithCase({ dataSource, audit, timeline, notifications, logger, timeZone }));
    const routes = [...billingRoutes(services), ...statementRoutes(statementParts), ...settlementRoutes(settlementParts), ...cancellationRoutes(new CancellationTermsReader(dataSource, areas))];
    return { gives: { charges, months, rules }, routes };
  },
});
