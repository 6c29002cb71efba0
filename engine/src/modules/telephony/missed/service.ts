import { maskPhone, type MissedCallOutcome, type MissedCallView } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { asRow } from '../../../db/columns';
import { errors } from '../../../http/errors';
import { AreaScope, inScope } from '../../areas/scope';
import { AreaService } from '../../areas/service';
import { PublicUser } from '../../identity/entities';
import { unplacedOrWithin } from '../area-scope';
import { CallService } from '../service';
import { CallView, seesPhones } from '../views';
import { MissedCallEntity, MissedCallRow } from './entities';
import { rawTime } from '../../../db/raw-time';

/** The wallboard's figure: open missed calls in the scope, and the oldest one's time. */
export interface MissedSummary {
  waiting: number;
  oldestAt: Date | null;
}

/** Everything but no_answer settles the call: it leaves the list. */
const CLEARS: readonly MissedCallOutcome[] = ['reached', 'wrong_number', 'not_needed'];

function view(row: MissedCallRow, full: boolean): MissedCallView {
  const { callId, areaPath: _area, callerNumber, ...rest } = row;
  return { id: callId, callerNumber: callerNumber && !full ? maskPhone(callerNumber) : callerNumber, ...rest };
}

/**
 * 未接来电: an inbound call that ended unanswered is kept once (its call id is the key), called
 * back through the ordinary click-to-call, and cleared by the callback's outcome.
 */
export class MissedCalls {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly calls: CallService,
  ) {}

  private get rows() {
    return this.dataSource.getRepository(MissedCallEntity);
  }

  async list(query: { status: 'open' | 'cleared' | 'all'; page: number; pageSize: number }, user: PublicUser): Promise<{ items: MissedCallView[]; total: number }> {
    const qb = this.scoped(await this.areas.scopeOf(user));
    if (query.status !== 'all') qb.andWhere('m.status = :status', { status: query.status });
    const [rows, total] = await qb.orderBy('m.at', 'ASC').addOrderBy('m.callId', 'ASC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: rows.map((r) => view(r, seesPhones(user))), total };
  }

  async summary(scope: AreaScope): Promise<MissedSummary> {
    const raw = await this.scoped(scope).andWhere("m.status = 'open'").select('COUNT(*)', 'waiting').addSelect('MIN(m.at)', 'oldest').getRawOne<{ waiting: string | number; oldest: unknown }>();
    return { waiting: Number(raw?.waiting ?? 0), oldestAt: rawTime(raw?.oldest) };
  }

  /** 回拨: a click-to-call to the caller; pressed again before an outcome, the same call comes back. */
  async callback(id: string, adapter: string, user: PublicUser): Promise<{ missed: MissedCallView; call: CallView }> {
    const row = await this.open(id, user);
    if (!row.callerNumber) throw errors.conflict('The caller’s number was withheld: there is nothing to call back');
    const { call } = await this.calls.place({ key: `missed-callback:${row.callId}:${row.tries}`, mode: 'click_to_call', to: row.callerNumber, toName: row.elderName, adapter }, user);
    await this.rows.update({ callId: row.callId }, { callbackCallId: call.id });
    return { missed: view({ ...row, callbackCallId: call.id }, seesPhones(user)), call };
  }

  /** The callback's outcome: counted as a try; all but no_answer clear it from the list. */
  async outcome(id: string, body: { outcome: MissedCallOutcome; note?: string }, user: PublicUser): Promise<MissedCallView> {
    const row = await this.open(id, user);
    const clears = CLEARS.includes(body.outcome);
    const change: Partial<MissedCallRow> = { outcome: body.outcome, note: body.note ?? row.note, tries: row.tries + 1, ...(clears ? { status: 'cleared', clearedBy: user.username, clearedAt: new Date() } : {}) };
    // Only from the tries it was read with: two outcomes at once cannot both count.
    const { affected } = await this.rows.update({ callId: row.callId, status: 'open', tries: row.tries }, asRow(change));
    if (!affected) throw errors.conflict(`Missed call ${id} changed meanwhile; read it again`);
    return view({ ...row, ...change }, seesPhones(user));
  }

  private async open(id: string, user: PublicUser): Promise<MissedCallRow> {
    const row = await this.rows.findOneBy({ callId: id });
    if (!row || (row.areaPath !== null && !inScope(await this.areas.scopeOf(user), row.areaPath))) throw errors.notFound(`Missed call ${id}`);
    if (row.status !== 'open') throw errors.conflict(`Missed call ${id} was cleared (${row.outcome})`, { outcome: row.outcome, clearedBy: row.clearedBy });
    return row;
  }

  /** As the call log: a call without an area is every operator's; others within the scope. */
  private scoped(scope: AreaScope) {
    return unplacedOrWithin(this.rows.createQueryBuilder('m'), scope, 'm.areaPath');
  }
}
