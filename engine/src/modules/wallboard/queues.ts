import type { WallboardAlarm, WallboardAnswer, WallboardWaitingCall } from '@careflow/contracts';
import { Brackets, DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { AreaScope } from '../areas/scope';
import { Case, CaseEntity } from '../cases/entities';
import { UNFINISHED } from '../cases/operaton/deps';
import { ElderEntity } from '../elders/entities';
import { TaskEntity } from '../tasks/entities';
import { PopEntity, PopRow } from '../telephony/inbound/entities';

/** Rows listed per tile; the counts are the whole queue's. A wall shows a handful, never hundreds. */
export const LISTED = 50;
const WAITING = ['offered', 'queued'];

/**
 * Alarm cases open and unconfirmed: none of their tasks is completed yet (the first step is 确认警情,
 * where an agent confirms the alarm or records a false one). The wallboard lists them; an alert
 * counts those older than its minutes.
 */
export function unconfirmedAlarmCases(dataSource: DataSource): SelectQueryBuilder<Case> {
  const qb = dataSource.getRepository(CaseEntity).createQueryBuilder('c').where("c.channel = 'alarm'").andWhere('c.status IN (:...open)', { open: UNFINISHED });
  const done = qb.subQuery().select('1').from(TaskEntity, 't').where('t.caseId = c.id').andWhere("t.status = 'completed'").getQuery();
  return qb.andWhere(`NOT EXISTS ${done}`);
}

/**
 * As for pops and calls on the desk: a row without an area (a caller nobody identified) is everyone's,
 * one with an area is seen within the user's scope.
 */
function unplacedOrWithin<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: AreaScope, column: string): SelectQueryBuilder<T> {
  if (scope === null) return qb;
  return qb.andWhere(
    new Brackets((w) => {
      w.where(`${column} IS NULL`);
      scope.forEach((prefix, i) => w.orWhere(`${column} LIKE :wallScope${i} ${LIKE_ESCAPE}`, { [`wallScope${i}`]: startingWith(prefix) }));
    }),
  );
}

/** The one elder a pop identified, by name. */
const popElder = (pop: PopRow) => (pop.body.elders.length === 1 ? pop.body.elders[0].name : null);
const oldest = (ats: Date[]) => (ats.length ? new Date(Math.min(...ats.map((d) => d.getTime()))) : null);

/** The wallboard's queues: inbound calls waiting for an agent, and alarms nobody has confirmed yet. */
export class WallboardQueues {
  constructor(private readonly dataSource: DataSource) {}

  private get pops() {
    return this.dataSource.getRepository(PopEntity);
  }

  async calls(scope: AreaScope): Promise<WallboardAnswer['calls']> {
    const qb = this.pops.createQueryBuilder('p').where("p.kind = 'call'").andWhere('p.status IN (:...waiting)', { waiting: WAITING });
    const [rows, waiting] = await unplacedOrWithin(qb, scope, 'p.areaPath').orderBy('p.at', 'ASC').take(LISTED).getManyAndCount();
    const list: WallboardWaitingCall[] = rows.map((p) => ({ popId: p.id, at: p.at, status: p.status as WallboardWaitingCall['status'], callerNumber: p.callerNumber, elderName: popElder(p) }));
    return { waiting, oldestAt: rows[0]?.at ?? null, list };
  }

  /**
   * Open and unconfirmed: an alarm case none of whose tasks is completed yet (its first step is
   * 确认警情: an agent confirms it or records a false alarm), and an alarm pop nobody took that opened
   * no case. A pop whose case is confirmed or closed does not count, even if nobody took the pop.
   */
  async alarms(scope: AreaScope): Promise<WallboardAnswer['alarms']> {
    const [[cases, caseCount], [orphans, orphanCount]] = await Promise.all([this.unconfirmedCases(scope), this.popsWithoutCase(scope)]);
    const [pops, elders] = await Promise.all([
      cases.length ? this.pops.find({ where: { caseId: In(cases.map((c) => c.id)), kind: 'alarm' }, order: { at: 'ASC' } }) : [],
      this.elderNames(cases.map((c) => c.elderId)),
    ]);
    const fromCases: WallboardAlarm[] = cases.map((c) => {
      const own = pops.filter((p) => p.caseId === c.id);
      const taken = own.filter((p) => p.takenBy).at(-1)?.takenBy ?? null;
      return { key: c.id, caseId: c.id, caseNumber: c.caseNumber, at: oldest([c.openedAt, ...own.map((p) => p.at)])!, elderName: (c.elderId && elders.get(c.elderId)) ?? (own[0] ? popElder(own[0]) : null), takenBy: taken?.displayName ?? null };
    });
    const fromPops: WallboardAlarm[] = orphans.map((p) => ({ key: p.id, caseId: null, caseNumber: null, at: p.at, elderName: popElder(p), takenBy: null }));
    const list = [...fromCases, ...fromPops].sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, LISTED);
    return { open: caseCount + orphanCount, oldestAt: oldest(list.map((a) => a.at)), list };
  }

  private unconfirmedCases(scope: AreaScope) {
    return unplacedOrWithin(unconfirmedAlarmCases(this.dataSource), scope, 'c.areaPath').orderBy('c.openedAt', 'ASC').take(LISTED).getManyAndCount();
  }

  private popsWithoutCase(scope: AreaScope) {
    const qb = this.pops.createQueryBuilder('p').where("p.kind = 'alarm'").andWhere('p.status IN (:...waiting)', { waiting: WAITING }).andWhere('p.caseId IS NULL');
    return unplacedOrWithin(qb, scope, 'p.areaPath').orderBy('p.at', 'ASC').take(LISTED).getManyAndCount();
  }

  private async elderNames(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const rows = await this.dataSource.getRepository(ElderEntity).find({ select: { id: true, name: true }, where: { id: In(wanted) } });
    return new Map(rows.map((e) => [e.id, e.name]));
  }
}
