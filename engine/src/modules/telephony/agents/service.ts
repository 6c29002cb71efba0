import type { AgentStateView } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { asRow } from '../../../db/columns';
import { errors } from '../../../http/errors';
import { PublicUser, UserEntity } from '../../identity/entities';
import { LiveEvents } from '../../../live/events';
import { isOperator } from '../operators';
import { AgentStateEntity, AgentStateName, AgentStateRow } from './entities';

export type { AgentStateView } from '@careflow/contracts';

/** Told when an agent turns idle (a queued pop may be offered) or leaves idle with an offer (it goes to someone else). */
export interface AgentListener {
  idle(userId: string): Promise<void>;
  leftIdle(userId: string, offerId: string): Promise<void>;
}

/** 坐席状态: each operator's state and since when, so the longest idle is offered first. */
export class AgentService {
  listener: AgentListener | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
  ) {}

  private get rows() {
    return this.dataSource.getRepository(AgentStateEntity);
  }

  async me(user: PublicUser): Promise<AgentStateView> {
    const row = await this.rows.findOneBy({ userId: user.id });
    return view(user, row);
  }

  /** Every agent (and any operator who has set a state), signed out when they never did. */
  async list(): Promise<AgentStateView[]> {
    const users = (await this.dataSource.getRepository(UserEntity).findBy({ active: true })).filter((u) => isOperator(u.roles));
    const rows = await this.rows.findBy({ userId: In(users.map((u) => u.id)) });
    const listed = users.filter((u) => u.roles.includes('agent') || rows.some((r) => r.userId === u.id));
    return listed.map((u) => view(u, rows.find((r) => r.userId === u.id))).sort((a, b) => a.username.localeCompare(b.username));
  }

  /** The agent sets their own state; turning idle may bring a queued pop at once. */
  async set(user: PublicUser, state: AgentStateName): Promise<AgentStateView> {
    if (!isOperator(user.roles)) throw errors.forbidden('Only agents, supervisors and admins have an agent state');
    const before = await this.rows.findOneBy({ userId: user.id });
    const agent = await this.move(user.id, state, before);
    if (before?.offerId && before.state === 'idle' && state !== 'idle') await this.listener?.leftIdle(user.id, before.offerId);
    if (state === 'idle' && before?.state !== 'idle') await this.listener?.idle(user.id);
    return agent;
  }

  /** The system moves an agent on (answered → busy, ended → after_call); the agent's own offer is cleared. */
  async moveTo(userId: string, state: AgentStateName): Promise<void> {
    const before = await this.rows.findOneBy({ userId });
    if (before?.state === state && !before.offerId) return;
    await this.move(userId, state, before);
  }

  async byUsername(username: string): Promise<string | null> {
    return (await this.dataSource.getRepository(UserEntity).findOneBy({ username }))?.id ?? null;
  }

  private async move(userId: string, state: AgentStateName, before: AgentStateRow | null): Promise<AgentStateView> {
    const row: AgentStateRow = { userId, state, since: before?.state === state ? before.since : new Date(), offerId: state === 'idle' ? (before?.offerId ?? null) : null };
    if (before) await this.rows.update({ userId }, asRow(row));
    else await this.rows.insert(asRow(row));
    const agent = view(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId }), row);
    this.live.emit({ type: 'agent.updated', agent });
    return agent;
  }
}

function view(user: { id: string; username: string; displayName: string }, row: AgentStateRow | null | undefined): AgentStateView {
  return { userId: user.id, username: user.username, displayName: user.displayName, state: row?.state ?? 'signed_out', since: (row?.since ?? new Date(0)).toISOString() };
}
