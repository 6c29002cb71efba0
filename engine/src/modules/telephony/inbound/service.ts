import { randomUUID } from 'node:crypto';
import { errors } from '../../../http/errors';
import { inScope } from '../../areas/scope';
import { PublicUser, publicUser, UserEntity } from '../../identity/entities';
import { CallEntity } from '../entities';
import { InboundAlarms } from './alarms';
import { Accepted, InboundCalls } from './calls';
import { CallCaseLink } from './case-link';
import { InboundDeps, Source, SystemIdentity } from './context';
import { DeskActions } from './desk';
import { EventAnswer } from './entities';
import { EventGuard } from './event-guard';
import { PopService } from './pop-service';
import type { SwitchEvent } from '@careflow/contracts';

export const SIMULATOR: Source = { switchId: 'simulator', ip: null };

/**
 * One way in for every inbound event, signed from a switch or raised by the simulator: each
 * (switch, event id) is taken once, then the event moves calls, alarms and agents on.
 */
export class InboundService {
  readonly pops: PopService;
  readonly desk: DeskActions;
  readonly caseLink: CallCaseLink;
  readonly agents: InboundDeps['agents'];
  private readonly system: SystemIdentity;
  private readonly calls: InboundCalls;
  private readonly alarms: InboundAlarms;
  private readonly guard: EventGuard;

  constructor(private readonly deps: InboundDeps) {
    this.system = new SystemIdentity(deps.dataSource, deps.areas);
    this.agents = deps.agents;
    this.pops = new PopService(deps.dataSource, deps.live, deps.areas, deps.agents, deps.distributor);
    this.calls = new InboundCalls(deps, this.system, this.pops);
    this.alarms = new InboundAlarms(deps, this.system, this.pops);
    this.desk = new DeskActions(deps, this.pops, this.calls, deps.tasks ?? null);
    this.guard = new EventGuard(deps.dataSource);
    this.caseLink = new CallCaseLink(deps, this.pops);
  }

  /** A repeat of an event handled before answers `ignored` with the first answer. */
  async handle(source: Source, event: SwitchEvent): Promise<Accepted | ({ ignored: true } & EventAnswer)> {
    const taken = await this.guard.take(source, event);
    if (!taken.taken) return { ignored: true, ...taken.answer };
    let accepted: Accepted;
    try {
      accepted = await this.apply(source, event, event.at ? new Date(event.at) : new Date());
    } catch (error) {
      await this.guard.release(taken.id);
      throw error;
    }
    const { accepted: _accepted, ...answer } = accepted;
    await this.guard.handled(taken.id, answer);
    return accepted;
  }

  private async apply(source: Source, event: SwitchEvent, at: Date): Promise<Accepted> {
    switch (event.type) {
      case 'call.ringing':
        return this.calls.ringing(source, event, at);
      case 'call.answered':
        return this.calls.answered(source, event, at);
      case 'call.ended':
        return this.calls.ended(source, event, at);
      case 'ivr.selected':
        return this.calls.ivr(source, event);
      case 'alarm.triggered':
        return this.alarms.trigger(source, event, at);
      case 'agent.state': {
        const user = await this.deps.dataSource.getRepository(UserEntity).findOneBy({ username: event.agent, active: true });
        if (!user) throw errors.invalidInput([{ path: 'agent', message: `no active user ${event.agent}` }]);
        await this.deps.agents.set(publicUser(user, []), event.state);
        return { accepted: true };
      }
    }
  }

  /** The simulator's call or alarm: the same events a switch would send. */
  async simulate(input: { kind: 'call' | 'alarm'; from?: string; terminalId?: string; button?: string; digits?: string; location?: { lat?: number; lng?: number; address?: string } }) {
    const id = () => randomUUID();
    if (input.kind === 'alarm') {
      const eventId = id();
      const result = (await this.handle(SIMULATOR, { id: eventId, type: 'alarm.triggered', terminalId: input.terminalId, from: input.from, button: input.button, location: input.location })) as Accepted;
      return { eventIds: [eventId], ...(result.caseId ? { caseId: result.caseId } : {}), ...(result.attachedTo ? { attachedTo: result.attachedTo } : {}) };
    }
    const switchCallId = id();
    const eventIds = [id()];
    const rang = (await this.handle(SIMULATOR, { id: eventIds[0], type: 'call.ringing', callId: switchCallId, from: input.from ?? null })) as Accepted;
    let caseId: string | undefined;
    if (input.digits) {
      eventIds.push(id());
      caseId = ((await this.handle(SIMULATOR, { id: eventIds[1], type: 'ivr.selected', callId: switchCallId, digits: input.digits })) as Accepted).caseId;
    }
    return { eventIds, callId: rang.callId, ...(caseId ? { caseId } : {}) };
  }

  /** The desk's 接听 / 挂断 on a simulated inbound call. */
  async simulateCall(callId: string, change: { event: 'answered'; agent: string } | { event: 'ended'; durationSec?: number }, user: PublicUser) {
    const call = await this.deps.dataSource.getRepository(CallEntity).findOneBy({ id: callId });
    if (!call || call.direction !== 'inbound' || !call.key.startsWith(`${SIMULATOR.switchId}:`) || !(await this.reaches(call, user))) throw errors.notFound(`Simulated inbound call ${callId}`);
    const switchCallId = call.key.slice(SIMULATOR.switchId.length + 1);
    const event: SwitchEvent =
      change.event === 'answered'
        ? { id: randomUUID(), type: 'call.answered', callId: switchCallId, agent: change.agent }
        : { id: randomUUID(), type: 'call.ended', callId: switchCallId, durationSec: change.durationSec };
    await this.handle(SIMULATOR, event);
    return { call: await this.deps.dataSource.getRepository(CallEntity).findOneByOrFail({ id: callId }) };
  }

  /** As for calls and pops: a call in the agent's area scope, or one whose pop was offered to them (a transfer). */
  private async reaches(call: { id: string; areaPath: string | null }, user: PublicUser): Promise<boolean> {
    if (call.areaPath === null || inScope(await this.deps.areas.scopeOf(user), call.areaPath)) return true;
    const pop = await this.pops.latestOfCall(call.id);
    return pop !== null && (pop.offeredTo === user.id || pop.takenBy?.userId === user.id);
  }
}
