import { DataSource, IsNull } from 'typeorm';
import { asRow } from '../../../db/columns';
import { inScope } from '../../areas/scope';
import { AreaService } from '../../areas/service';
import { GroupMemberEntity, publicUser, UserEntity } from '../../identity/entities';
import { LiveEvents } from '../../../live/events';
import { AgentStateEntity } from '../agents/entities';
import { AgentListener } from '../agents/service';
import { PopEntity, PopRow } from './entities';
import { popView } from './pop-view';
import { SerialQueue } from './serial';

/**
 * Who gets a pop: one idle agent without an offer, longest idle first; nobody idle → it waits in
 * the queue (offered to nobody, so every operator sees it) until an agent turns idle, alarms first,
 * then calls, oldest first. One offer at a time per engine, so two pops never pick the same agent.
 */
export class Distributor implements AgentListener {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly areas: AreaService,
  ) {}

  private get pops() {
    return this.dataSource.getRepository(PopEntity);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.run('offers', work);
  }

  /** Offers a stored pop (new, transferred or released) and pushes it. */
  offer(pop: PopRow): Promise<PopRow> {
    return this.serial(async () => {
      const agentId = await this.pickAgent(pop);
      const offered: PopRow = { ...pop, status: agentId ? 'offered' : 'queued', offeredTo: agentId };
      await this.pops.update({ id: pop.id }, asRow<PopRow>({ status: offered.status, offeredTo: agentId }));
      if (agentId) await this.dataSource.getRepository(AgentStateEntity).update({ userId: agentId }, { offerId: pop.id });
      this.live.emit({ type: 'screen.pop', pop: popView(offered) });
      return offered;
    });
  }

  /** An agent turned idle: the first waiting pop they may take is theirs. */
  idle(userId: string): Promise<void> {
    return this.serial(async () => {
      const agent = await this.dataSource.getRepository(AgentStateEntity).findOneBy({ userId });
      if (agent?.state !== 'idle' || agent.offerId) return;
      const waiting = await this.pops.find({ where: { status: 'queued' }, order: { at: 'ASC' }, take: 200 });
      waiting.sort((a, b) => rank(a) - rank(b) || a.at.getTime() - b.at.getTime());
      for (const pop of waiting) {
        if (!(await this.eligible(userId, pop))) continue;
        const { affected } = await this.pops.update({ id: pop.id, status: 'queued' }, asRow<PopRow>({ status: 'offered', offeredTo: userId }));
        if (!affected) continue;
        await this.dataSource.getRepository(AgentStateEntity).update({ userId }, { offerId: pop.id });
        this.live.emit({ type: 'screen.pop', pop: popView({ ...pop, status: 'offered', offeredTo: userId }) });
        return;
      }
    });
  }

  /** An agent left idle without taking their offer: it goes to the next one. */
  async leftIdle(_userId: string, offerId: string): Promise<void> {
    const pop = await this.pops.findOneBy({ id: offerId, status: 'offered' });
    if (pop) await this.offer({ ...pop, offeredTo: null });
  }

  private async pickAgent(pop: PopRow): Promise<string | null> {
    const idle = await this.dataSource.getRepository(AgentStateEntity).find({ where: { state: 'idle', offerId: IsNull() }, order: { since: 'ASC' } });
    for (const agent of idle) if (agent.userId !== pop.offeredTo && (await this.eligible(agent.userId, pop))) return agent.userId;
    return null;
  }

  /** An agent may get a pop their area scope covers (and of their group, on a transfer). */
  private async eligible(userId: string, pop: PopRow): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId, active: true });
    if (!user) return false;
    const groups = (await this.dataSource.getRepository(GroupMemberEntity).findBy({ userId })).map((m) => m.groupKey);
    if (pop.groupKey && !groups.includes(pop.groupKey)) return false;
    return pop.areaPath === null || inScope(await this.areas.scopeOf(publicUser(user, groups)), pop.areaPath);
  }
}

const rank = (pop: PopRow) => (pop.kind === 'alarm' ? 0 : 1);
