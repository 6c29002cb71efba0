import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { errors, OperationalError } from '../../../http/errors';
import { OperatonHistory } from '../../../operaton/history';
import { elementNamesOf } from '../../deployments/element-names';
import { CaseEntity, CaseEvent } from '../entities';
import { CaseTimeline } from '../timeline';
import { diagramStateOf, DiagramState } from './diagram';
import { inTimeOrder, milestonesOf, withConnectorNotes } from './milestones';

/**
 * Entries of today's timeline table that the engine's history now tells: a task created or ended
 * (a step started, completed or cut short), a connector that did its job (a step completed), an
 * incident raised or resolved. Everything else there is CareFlow's own: urge, supervise, comments,
 * cancel, dispatch, calls, messages received, claims and assignments, retries, connector failures.
 */
export const TOLD_BY_HISTORY: ReadonlySet<string> = new Set(['task.created', 'task.completed', 'task.canceled', 'connector.completed', 'incident.raised', 'incident.resolved']);

export interface CaseHistory {
  timeline: CaseEvent[];
  /** unavailable: the engine did not answer, the timeline holds CareFlow's own entries only. */
  processHistory: 'included' | 'unavailable';
}

/**
 * A case's timeline: the process milestones from the engine's history (every instance with the
 * case number as business key, running or ended) merged in time order with CareFlow's own events.
 */
export class OperatonCaseTimeline {
  private readonly names = new Map<string, Promise<Record<string, string>>>();
  /** Processes other modules run under a case's number beside its own (the 转办件 result report): on its timeline, never its diagram. */
  private readonly companions = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly history: OperatonHistory,
    private readonly definitionXml: (processDefinitionId: string) => Promise<string>,
    private readonly timeline: CaseTimeline,
    private readonly logger: Logger,
  ) {}

  async list(caseId: string): Promise<CaseHistory> {
    const found = await this.dataSource.getRepository(CaseEntity).findOneBy({ id: caseId });
    if (!found) throw errors.notFound(`Case ${caseId}`);
    const own = await this.timeline.list(caseId);
    try {
      const instances = await this.history.processInstances(found.caseNumber);
      const milestones = await Promise.all(
        instances.map(async (p) => {
          const [activities, incidents, names] = await Promise.all([this.history.activityInstances(p.id), this.history.incidents(p.id), this.namesOf(p.processDefinitionId)]);
          return milestonesOf(caseId, activities, incidents, names);
        }),
      );
      // A connector's report with notes keeps them on its step; the rest of what the history tells goes.
      const merged = withConnectorNotes(own, milestones.flat());
      const kept = own.filter((e) => !TOLD_BY_HISTORY.has(e.type) || merged.unplaced.has(e));
      return { timeline: inTimeOrder(kept, merged.milestones), processHistory: 'included' };
    } catch (error) {
      if (!(error instanceof OperationalError)) throw error;
      // The case page still opens while the engine is down: CareFlow's own entries, said to be partial.
      this.logger.warn({ err: error, caseId }, 'process history unavailable: timeline without process milestones');
      return { timeline: own, processHistory: 'unavailable' };
    }
  }

  /**
   * The deployed BPMN the case's last instance runs and its elements by state; null when the case
   * has no instance yet. Engine failures are the caller's to handle (OperationalError).
   */
  async diagram(caseNumber: string): Promise<(DiagramState & { bpmnXml: string }) | null> {
    const instances = await this.history.processInstances(caseNumber);
    const last = instances.filter((p) => !this.companions.has(p.processDefinitionKey)).at(-1);
    if (!last) return null;
    const [activities, incidents, bpmnXml] = await Promise.all([this.history.activityInstances(last.id), this.history.incidents(last.id), this.definitionXml(last.processDefinitionId)]);
    return { ...diagramStateOf(activities, incidents), bpmnXml };
  }

  addCompanion(definitionKey: string): void {
    this.companions.add(definitionKey);
  }

  /** A deployed definition never changes: its element names are read once. */
  private namesOf(processDefinitionId: string): Promise<Record<string, string>> {
    let names = this.names.get(processDefinitionId);
    if (!names) {
      names = this.definitionXml(processDefinitionId).then(elementNamesOf);
      names.catch(() => this.names.delete(processDefinitionId));
      this.names.set(processDefinitionId, names);
    }
    return names;
  }
}
