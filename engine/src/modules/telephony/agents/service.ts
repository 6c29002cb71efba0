import type { AgentStateView } from '@careflow/contracts';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
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

/** One 话后处理 that ended: the agent, the pop they wrapped up, and when it began and ended. */
export interface WrapUp {
  userId: string;
  username: string;
  popId: string | null;
  from: Date;
  to: Date;
}

/** The states that keep the pop the agent is on: on it (busy) or wrapping it up (after_call). */
const ON_A_POP: readonly AgentStateName[] = ['busy', 'after_call'];

/** 坐席状态: each operator's state and since when, so the longest idle is offered first. */
export class AgentService {
  listener: AgentListener | null = null;
  private readonly wrapUpHooks: ((wrapUp: WrapUp) => Promise<void>)[] = [];

  /** `wrapUpSeconds`: how long 话后处理 lasts before the agent is idle again (AFTER_CALL_SECONDS). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly wrapUpSeconds = 30,
  ) {}

  private get rows() {
    return this.dataSource.getRepository(AgentStateEntity);
  }

  /** Told of every 话后处理 that ends (the reports' after-call work); a hook handles its own failures. */
  onWrapUpEnded(hook: (wrapUp: WrapUp) => Promise<void>): void {
    this.wrapUpHooks.push(hook);
  }

  async me(user: PublicUser): Promise<AgentStateView> {
    const row = await this.rows.findOneBy({ userId: user.id });
    return this.view(user, row);
  }

  /** The pop the agent is on or wrapping up, if any. */
  async currentPopId(userId: string): Promise<string | null> {
    const row = await this.rows.findOneBy({ userId });
    return row && ON_A_POP.includes(row.state) ? (row.popId ?? null) : null;
  }

  /** Every agent (and any operator who has set a state), signed out when they never did. */
  async list(): Promise<AgentStateView[]> {
    const users = (await this.dataSource.getRepository(UserEntity).findBy({ active: true })).filter((u) => isOperator(u.roles));
    const rows = await this.rows.findBy({ userId: In(users.map((u) => u.id)) });
    const listed = users.filter((u) => u.roles.includes('agent') || rows.some((r) => r.userId === u.id));
    return listed.map((u) => this.view(u, rows.find((r) => r.userId === u.id))).sort((a, b) => a.username.localeCompare(b.username));
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

  /**
   * The system moves an agent on (taken or answered → busy on that pop, ended → after_call); the
   * agent's own offer is cleared. Moving to after_call for another pop than the agent's (an old
   * call ending while they are on an alarm) leaves them as they are.
   */
  async moveTo(userId: string, state: AgentStateName, popId?: string | null): Promise<void> {
    const before = await this.rows.findOneBy({ userId });
    if (state === 'after_call' && popId && before?.state === 'busy' && before.popId && before.popId !== popId) return;
    if (before?.state === state && !before.offerId && (popId === undefined || before.popId === popId)) return;
    await this.move(userId, state, before, popId);
  }

  /** 话后处理 over: every agent whose wrap-up has run its length is idle again (and may get a waiting pop). */
  async endWrapUps(now = new Date()): Promise<number> {
    const due = await this.rows.findBy({ state: 'after_call', since: LessThanOrEqual(new Date(now.getTime() - this.wrapUpSeconds * 1000)) });
    let ended = 0;
    for (const row of due) {
      // Only if still wrapping up the same way: the agent may have moved on meanwhile (or another engine did it).
      const { affected } = await this.rows.update({ userId: row.userId, state: 'after_call', since: row.since }, asRow<AgentStateRow>({ state: 'idle', since: now, offerId: null, popId: null }));
      if (!affected) continue;
      ended++;
      const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: row.userId });
      await this.wrapUpEnded({ userId: row.userId, username: user.username, popId: row.popId ?? null, from: row.since, to: now });
      this.live.emit({ type: 'agent.updated', agent: this.view(user, { ...row, state: 'idle', since: now, offerId: null, popId: null }) });
      await this.listener?.idle(row.userId);
    }
    return ended;
  }

  async byUsername(username: string): Promise<string | null> {
    return (await this.dataSource.getRepository(UserEntity).findOneBy({ username }))?.id ?? null;
  }

  private async move(userId: string, state: AgentStateName, before: AgentStateRow | null, popId?: string | null): Promise<AgentStateView> {
    const keepsPop = ON_A_POP.includes(state);
    const row: AgentStateRow = {
      userId,
      state,
      since: before?.state === state ? before.since : new Date(),
      offerId: state === 'idle' ? (before?.offerId ?? null) : null,
      popId: keepsPop ? (popId === undefined ? (before?.popId ?? null) : popId) : null,
    };
    if (before) await this.rows.update({ userId }, asRow(row));
    else await this.rows.insert(asRow(row));
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    if (before?.state === 'after_call' && state !== 'after_call') await this.wrapUpEnded({ userId, username: user.username, popId: before.popId ?? null, from: before.since, to: row.since });
    const agent = this.view(user, row);
    this.live.emit({ type: 'agent.updated', agent });
    return agent;
  }

  private async wrapUpEnded(wrapUp: WrapUp): Promise<void> {
    for (const hook of this.wrapUpHooks) await hook(wrapUp);
  }

  private view(user: { id: string; username: string; displayName: string }, row: AgentStateRow | null | undefined): AgentStateView {
    const since = row?.since ?? new Date(0);
    const wrapUpUntil = row?.state === 'after_call' ? new Date(since.getTime() + this.wrapUpSeconds * 1000).toISOString() : null;
    return { userId: user.id, username: user.username, displayName: user.displayName, state: row?.state ?? 'signed_out', since: since.toISOString(), wrapUpUntil };
  }
}
