import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { asRow, insertRows } from '../../../db/columns';
import { errors } from '../../../http/errors';
import { inScope } from '../../areas/scope';
import { AreaService } from '../../areas/service';
import { GroupEntity, PublicUser } from '../../identity/entities';
import { LiveEvents } from '../../../live/events';
import { AgentStateEntity } from '../agents/entities';
import { AgentService } from '../agents/service';
import { CallEntity } from '../entities';
import { Distributor } from './distribution';
import { PopEntity, PopRow } from './entities';
import { popView, ScreenPop } from './pop-view';

export type NewPop = Omit<PopRow, 'id' | 'status' | 'offeredTo' | 'groupKey' | 'takenBy' | 'error'> & Partial<Pick<PopRow, 'offeredTo' | 'error'>>;

function newPopRow(input: NewPop): PopRow {
  const offeredTo = input.offeredTo ?? null;
  return { ...input, id: randomUUID(), status: offeredTo ? 'offered' : 'queued', offeredTo, groupKey: null, takenBy: null, error: input.error ?? null };
}

/** Screen pops: stored, offered, listed for a desk after a reload, taken by one agent. */
export class PopService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly areas: AreaService,
    private readonly agents: AgentService,
    private readonly distributor: Distributor,
  ) {}

  private get pops() {
    return this.dataSource.getRepository(PopEntity);
  }

  /** Stores a pop and offers it: to the given agent, else through distribution. */
  async raise(input: NewPop): Promise<PopRow> {
    return this.offer(await this.store(this.dataSource.manager, input));
  }

  /** Stores a new pop in the caller's transaction (an alarm's, with its case: one statement); `offer` it once that has committed. */
  async store(m: EntityManager, input: NewPop): Promise<PopRow> {
    const row = newPopRow(input);
    await insertRows(m, PopEntity, [row]);
    return row;
  }

  /** Offers a stored pop: to the agent it names, else through distribution. */
  async offer(row: PopRow): Promise<PopRow> {
    if (!row.offeredTo) return this.distributor.offer(row);
    this.live.emit({ type: 'screen.pop', pop: popView(row) });
    return row;
  }

  /** The newest pop a call raised (a call has one, unless it was popped again). */
  latestOfCall(callId: string): Promise<PopRow | null> {
    return this.pops.findOne({ where: { callId }, order: { at: 'DESC' } });
  }

  /** Changes what a pop shows (its case opened, or failed to) and pushes it again. */
  async update(id: string, change: Partial<Pick<PopRow, 'caseId' | 'caseNumber' | 'areaPath' | 'error'>>): Promise<void> {
    await this.pops.update({ id }, asRow<PopRow>(change));
    const row = await this.pops.findOneBy({ id });
    if (row) this.live.emit({ type: 'screen.pop', pop: popView(row) });
  }

  /** Pops offered to me or to nobody that nobody has taken, newest first. */
  async mine(user: PublicUser): Promise<ScreenPop[]> {
    const rows = await this.pops.find({ where: [{ status: In(['offered', 'queued']), offeredTo: user.id }, { status: 'queued' }], order: { at: 'DESC' }, take: 100 });
    const scope = await this.areas.scopeOf(user);
    return rows.filter((r) => r.offeredTo === user.id || r.areaPath === null || inScope(scope, r.areaPath)).map(popView);
  }

  async take(id: string, user: PublicUser): Promise<ScreenPop> {
    const pop = await this.pops.findOneBy({ id });
    if (!pop || (pop.offeredTo !== user.id && pop.areaPath !== null && !inScope(await this.areas.scopeOf(user), pop.areaPath))) throw errors.notFound(`Screen pop ${id}`);
    const takenBy = { userId: user.id, username: user.username, displayName: user.displayName };
    // Only from offered or queued: of two agents at once, one gets it.
    const { affected } = await this.pops.update({ id, status: In(['offered', 'queued']) }, asRow<PopRow>({ status: 'taken', takenBy }));
    if (!affected) {
      const now = await this.pops.findOneByOrFail({ id });
      throw errors.conflict(now.takenBy ? `${now.takenBy.displayName} has already taken this pop` : `This pop is ${now.status}`, { takenBy: now.takenBy });
    }
    await this.freeOffer(pop, user.id);
    await this.agents.moveTo(user.id, 'busy', id);
    this.live.emit({ type: 'screen.pop.taken', popId: id, takenBy, offeredTo: pop.offeredTo, areaPath: pop.areaPath });
    return popView({ ...pop, status: 'taken', takenBy });
  }

  /** The pop I am on or wrapping up (what a reloaded desk shows), if any. */
  async current(user: PublicUser): Promise<PopRow | null> {
    const id = await this.agents.currentPopId(user.id);
    const pop = id ? await this.pops.findOneBy({ id }) : null;
    return pop?.takenBy?.userId === user.id ? pop : null;
  }

  /** 处理完毕: the agent is done with the alarm (or the ended call) they are on, and wraps it up (话后处理). */
  async finish(id: string, user: PublicUser): Promise<void> {
    const pop = await this.pops.findOneBy({ id });
    if (!pop || pop.takenBy?.userId !== user.id) throw errors.notFound(`Screen pop ${id} taken by you`);
    if ((await this.agents.currentPopId(user.id)) !== id) throw errors.conflict('You are not on this pop');
    const call = pop.callId ? await this.dataSource.getRepository(CallEntity).findOneBy({ id: pop.callId }) : null;
    if (call && call.status !== 'ended') throw errors.conflict(`Call ${call.id} is still ${call.status}: hang up first`);
    await this.agents.moveTo(user.id, 'after_call', id);
  }

  /** The caller hung up before anyone took the pop: it leaves the desks and the queue. */
  async missed(callId: string): Promise<void> {
    const open = await this.pops.findBy({ callId, status: In(['offered', 'queued']) });
    for (const pop of open) {
      const { affected } = await this.pops.update({ id: pop.id, status: pop.status }, asRow<PopRow>({ status: 'missed' }));
      if (affected) await this.freeOffer(pop, null);
    }
  }

  /** Offers a call's pop to an idle member of the group (or queues it there). */
  async transfer(callId: string, group: string, user: PublicUser): Promise<ScreenPop> {
    const call = await this.dataSource.getRepository(CallEntity).findOneBy({ id: callId });
    if (!call || call.direction !== 'inbound' || (call.areaPath !== null && !inScope(await this.areas.scopeOf(user), call.areaPath))) throw errors.notFound(`Inbound call ${callId}`);
    if (call.status === 'ended') throw errors.conflict(`Call ${callId} has ended`);
    if (!(await this.dataSource.getRepository(GroupEntity).existsBy({ key: group }))) throw errors.invalidInput([{ path: 'group', message: `no group ${group}` }]);
    const pop = await this.latestOfCall(callId);
    if (!pop) throw errors.notFound(`Screen pop of call ${callId}`);
    const moved: PopRow = { ...pop, status: 'queued', offeredTo: null, takenBy: null, groupKey: group };
    await this.pops.update({ id: pop.id }, asRow<PopRow>({ status: 'queued', offeredTo: null, takenBy: null, groupKey: group }));
    await this.freeOffer(pop, null);
    if (pop.takenBy?.userId === user.id) await this.agents.moveTo(user.id, 'after_call');
    return popView(await this.distributor.offer(moved));
  }

  /** The agent a pop was offered to is free for the next one. */
  private async freeOffer(pop: PopRow, taker: string | null): Promise<void> {
    await this.dataSource.getRepository(AgentStateEntity).update({ offerId: pop.id }, { offerId: null });
    if (pop.offeredTo && pop.offeredTo !== taker) await this.distributor.idle(pop.offeredTo);
  }
}
