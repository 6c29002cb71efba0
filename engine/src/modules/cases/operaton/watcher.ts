import { isUniqueViolation } from '../../../db/errors';
import { finishedInstancesSince, historicInstancesByIds, HistoricProcessInstance, parseEngineDate } from '../../../operaton/instances';
import { CaseEntity } from '../entities';
import { CaseCloser } from './closer';
import { LifecycleDeps, UNFINISHED } from './deps';
import { CaseProcessStart, CaseProcessStartEntity, ProcessHistoryCursorEntity } from './entities';

export interface WatcherOptions {
  /** Each read starts this far before the cursor: instances whose end committed late are still seen. */
  overlapMs: number;
  pageSize: number;
  /** Pages per round, so one round ends even while instances keep finishing. */
  maxPages: number;
}

const CURSOR = 'case-lifecycle';

/**
 * Closes cases whose instances ended, however they ended, by reading finished instances from the
 * engine's history after a durable cursor. Reads overlap and closing is idempotent, so nodes may
 * run it side by side and a CareFlow that was down catches up from where it stopped.
 */
export class ProcessHistoryWatcher {
  constructor(
    private readonly deps: LifecycleDeps,
    private readonly closer: CaseCloser,
    private readonly options: WatcherOptions,
  ) {}

  /** How many cases this round closed. */
  async runOnce(): Promise<number> {
    let cursor = await this.cursor();
    const since = new Date(cursor.getTime() - this.options.overlapMs);
    let closed = 0;
    for (let page = 0; page < this.options.maxPages; page++) {
      const { pageSize } = this.options;
      const finished = await finishedInstancesSince(this.deps.rest, since, { firstResult: page * pageSize, maxResults: pageSize });
      closed += await this.closeAll(finished);
      const last = finished.at(-1)?.endTime;
      if (last && parseEngineDate(last) > cursor) {
        cursor = parseEngineDate(last);
        await this.advance(cursor);
      }
      if (finished.length < pageSize) break;
    }
    return closed;
  }

  private async closeAll(finished: HistoricProcessInstance[]): Promise<number> {
    if (finished.length === 0) return 0;
    const byId = new Map(finished.map((i) => [i.id, i]));
    let closed = 0;
    for (const { start, areaPath } of await this.openStarts([...byId.keys()])) {
      if (await this.closer.closeFromHistory(start, byId.get(start.instanceId ?? '')!, areaPath)) closed++;
    }
    return closed;
  }

  /**
   * Closes the case of one instance at once if it has ended (a task of it just ended), instead of
   * on the next round; the rounds still close whatever this misses.
   */
  async closeIfEnded(instanceId: string): Promise<boolean> {
    const [open] = await this.openStarts([instanceId]);
    // Not a case's own instance (a called process, not CareFlow's), or its case has ended already (the history shows an ended task again).
    if (!open) return false;
    const [instance] = await historicInstancesByIds(this.deps.rest, [instanceId]);
    return instance ? this.closer.closeFromHistory(open.start, instance, open.areaPath) : false;
  }

  /** The started rows of these instances whose case has not ended, each with its case's area (for the live event): one read. */
  private async openStarts(instanceIds: string[]): Promise<{ start: CaseProcessStart; areaPath: string | null }[]> {
    const { entities, raw } = await this.deps.dataSource
      .getRepository(CaseProcessStartEntity)
      .createQueryBuilder('s')
      .innerJoin(CaseEntity.options.name, 'c', 'c.id = s.case_id')
      .addSelect('c.id', 'openCaseId')
      .addSelect('c.area_path', 'openCaseAreaPath')
      .where('s.instance_id IN (:...instanceIds) AND s.state = :state', { instanceIds, state: 'started' })
      .andWhere('c.status IN (:...open)', { open: [...UNFINISHED] })
      .getRawAndEntities<{ openCaseId: string; openCaseAreaPath: string | null }>();
    const areaOf = new Map(raw.map((r) => [r.openCaseId, r.openCaseAreaPath]));
    return entities.map((start) => ({ start, areaPath: areaOf.get(start.caseId) ?? null }));
  }

  /** The saved cursor; the first time, the oldest start CareFlow has recorded (or now). */
  private async cursor(): Promise<Date> {
    const repo = this.deps.dataSource.getRepository(ProcessHistoryCursorEntity);
    const saved = await repo.findOneBy({ name: CURSOR });
    if (saved) return saved.position;
    const [oldest] = await this.deps.dataSource.getRepository(CaseProcessStartEntity).find({ order: { createdAt: 'ASC' }, take: 1 });
    const position = oldest?.createdAt ?? new Date();
    await repo.insert({ name: CURSOR, position, updatedAt: new Date() }).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error; // else another node made it first
    });
    return position;
  }

  /** Moves forward only, whatever order nodes write in. */
  private async advance(position: Date): Promise<void> {
    await this.deps.dataSource
      .getRepository(ProcessHistoryCursorEntity)
      .createQueryBuilder()
      .update()
      .set({ position, updatedAt: new Date() })
      .where('name = :name AND position < :position', { name: CURSOR, position })
      .execute();
  }
}
