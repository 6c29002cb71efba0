import { defineModule } from '../../kernel/module';
import { DecisionVersionEntity } from './entities';
import { DecisionVersions1767400000000 } from './migrations/1767400000000-decision-versions';
import { decisionRoutes } from './routes';
import { DecisionService } from './service';

/** 决策表: DMN decision tables, versioned and deployed to the process engine apart from the processes that call them. */
export const decisionsModule = defineModule({
  name: 'decisions',
  entities: [DecisionVersionEntity],
  migrations: [DecisionVersions1767400000000],
  needs: {},
  start: ({ dataSource, audit, operaton }) => {
    const decisions = new DecisionService(dataSource, audit, operaton);
    return { gives: { decisions }, routes: decisionRoutes(decisions) };
  },
});
