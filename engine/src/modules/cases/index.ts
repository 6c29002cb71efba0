import { defineModule } from '../../kernel/module';
import { inScope } from '../areas/scope';
import { areasModule } from '../areas';
import { calendarModule } from '../calendar';
import { eldersModule } from '../elders';
import { CaseEntity, CaseEventEntity, CaseNumberSequenceEntity } from './entities';
import { caseLifecycleEntities } from './operaton/entities';
import { CaseProcessStarts1766200200000 } from './operaton/migration';
import { CaseEscalationEntity } from './escalation-entity';
import { EscalationService } from './escalations';
import { FirstContactResolved1767300000100 } from './migrations/1767300000100-first-contact-resolved';
import { CaseEscalations1766300100000 } from './migrations/1766300100000-case-escalations';
import { NotificationService } from '../notifications/service';
import { SmsOutbox } from '../sms/outbox';
import { CallerIdentityEntity } from './caller-identity';
import { ConfidentialCallers1767400000200 } from './migrations/1767400000200-confidential-callers';
import { caseRoutes } from './routes';
import { CaseService } from './service';

const CASE_READERS = new Set(['admin', 'supervisor', 'agent', 'auditor']);

/** 工单: cases, their numbers, due times and timelines, each run by its service type's process. */
export const casesModule = defineModule({
  name: 'cases',
  entities: [CaseEntity, CaseEventEntity, CaseNumberSequenceEntity, CaseEscalationEntity, CallerIdentityEntity, ...caseLifecycleEntities],
  migrations: [CaseProcessStarts1766200200000, CaseEscalations1766300100000, FirstContactResolved1767300000100, ConfidentialCallers1767400000200],
  needs: { calendar: calendarModule, elders: eldersModule, areas: areasModule },
  start: ({ dataSource, timeline, audit, config, live, operaton }, uses) => {
    const cases = new CaseService(dataSource, timeline, audit, config.cases, live, uses.calendar.calendar, uses.elders.elders, uses.areas.areas, operaton);
    // 催办 / 督办 reach people through the bell and the SMS outbox. Both are stateless over the database, and those
    // modules start after this one (they read cases), so they are built here rather than needed.
    const outbox = new SmsOutbox(dataSource, config.sms.rateLimitPerHour, () => Promise.reject(new Error('escalation texts carry their content')));
    const escalations = new EscalationService(dataSource, { timeline, audit, live, notifications: new NotificationService(dataSource, live), outbox, find: (id, user) => cases.find(id, user) });
    return {
      gives: { cases, escalations },
      routes: caseRoutes({ cases, escalations }),
      audience: { 'case.updated': (user, scope, event) => user.roles.some((r) => CASE_READERS.has(r)) && (event.areaPath === null || inScope(scope, event.areaPath)) },
    };
  },
});
