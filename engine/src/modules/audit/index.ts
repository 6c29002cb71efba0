import { defineModule } from '../../kernel/module';
import { AuditEntryEntity } from './entities';
import { auditRoutes } from './routes';

/** 审计日志: every module writes through the platform's log; this module owns its table and serves it. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEntryEntity],
  migrations: [],
  needs: {},
  start: ({ audit, config }) => ({ gives: {}, routes: auditRoutes(audit, config.cases.timeZone) }),
});
