import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { OperatonHistory } from '../../../operaton/history';
import { OperatonIncidents } from '../../../operaton/incidents';
import { OperatonRest } from '../../../operaton/rest';
import { CaseTimeline } from '../timeline';
import { OperatonCaseTimeline } from './service';

export { OperatonCaseTimeline, TOLD_BY_HISTORY } from './service';
export type { CaseHistory } from './service';

/** The timeline GET /cases/:id shows once cases run on Operaton. */
export function operatonCaseTimeline(deps: { dataSource: DataSource; rest: OperatonRest; timeline: CaseTimeline; logger: Logger }): OperatonCaseTimeline {
  const definitions = new OperatonIncidents(deps.rest);
  return new OperatonCaseTimeline(deps.dataSource, new OperatonHistory(deps.rest), (id) => definitions.definitionXml(id), deps.timeline, deps.logger);
}
