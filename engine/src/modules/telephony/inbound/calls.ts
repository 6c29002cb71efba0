import { randomUUID } from 'node:crypto';
import { IsNull, Not } from 'typeorm';
import { asRow } from '../../../db/columns';
import { errors } from '../../../http/errors';
import { publicUser, UserEntity } from '../../identity/entities';
import { ServiceTypeEntity, ServiceTypeVersionEntity } from '../../service-types/entities';
import { applyCallEvent } from '../call-state';
import { Call, CallEntity } from '../entities';
import { recordMissed } from '../missed/record';
import { callView } from '../views';
import { recordCallEnded } from './case-link';
import { InboundDeps, Source, SystemIdentity } from './context';
import { popElders } from './pop-view';
import { PopService } from './pop-service';
import type { EventAnswer } from './entities';

export interface Accepted extends EventAnswer {
  accepted: true;
}

/** Inbound calls: a record per call (key `<switch>:<callId>`), identified, popped, moved on by the switch. */
export class InboundCalls {
  constructor(
    private readonly deps: InboundDeps,
    private readonly system: SystemIdentity,
    private readonly pops: PopService,
  ) {}

  private get calls() {
    return this.deps.dataSource.getRepository(CallEntity);
  }

  async find(source: Source, callId: string): Promise<Call> {
    const call = await this.calls.findOneBy({ key: `${source.switchId}:${callId}` });
    if (!call) throw errors.notFound(`Call ${callId} of switch ${source.switchId}`);
    return call;
  }

  async ringing(source: Source, event: { callId: string; from?: string | null; to?: string }, at: Date): Promise<Accepted> {
    const key = `${source.switchId}:${event.callId}`;
    const earlier = await this.calls.findOneBy({ key });
    if (earlier) return { accepted: true, callId: earlier.id };
    const number = event.from ?? null;
    const matches = number ? await this.system.identify({ phone: number }) : [];
    const elders = await popElders(this.deps.dataSource, matches, number);
    const only = elders.length === 1 ? elders[0] : null;
    const call: Call = {
      id: randomUUID(),
      key,
      caseId: null,
      areaPath: only?.areaPath ?? null,
      direction: 'inbound',
      mode: 'inbound',
      from: number,
      to: event.to ?? '',
      toName: null,
      message: null,
      confirmDigit: null,
      status: 'ringing',
      outcome: null,
      digits: null,
      hangupCause: null,
      adapter: source.switchId === 'simulator' ? 'simulator' : 'switch',
      startedAt: at,
      answeredAt: null,
      endedAt: null,
      durationSec: null,
      recordingUrl: null,
      createdBy: (await this.system.get()).id,
      agent: null,
    };
    await this.calls.insert(asRow(call));
    this.push(call);
    await this.pops.raise({
      kind: 'call',
      at,
      callId: call.id,
      caseId: null,
      caseNumber: null,
      attached: false,
      callerNumber: number,
      deviceId: null,
      elderId: only?.id ?? null,
      body: { caller: { number, identified: elders.length > 0 }, terminal: null, location: null, elders },
      areaPath: only?.areaPath ?? null,
    });
    return { accepted: true, callId: call.id };
  }

  async answered(source: Source, event: { callId: string; agent?: string }, at: Date): Promise<Accepted> {
    const call = await this.find(source, event.callId);
    const agent = event.agent ? await this.deps.dataSource.getRepository(UserEntity).findOneBy({ username: event.agent }) : null;
    if (event.agent && !agent) throw errors.invalidInput([{ path: 'agent', message: `no user ${event.agent}` }]);
    // The desk's 接听处理 may have answered it first: the switch's report then only names the agent.
    if (call.status === 'answered') {
      if (event.agent && event.agent !== call.agent) await this.move(call, { agent: event.agent });
    } else await this.move(call, { ...applyCallEvent(call, { event: 'answered' }, at), agent: event.agent ?? call.agent ?? null });
    if (agent) {
      const pop = await this.pops.latestOfCall(call.id);
      // Answering is taking: the other desks drop the banner (someone may have taken it already).
      if (pop && (pop.status === 'offered' || pop.status === 'queued')) await this.pops.take(pop.id, publicUser(agent, [])).catch(() => undefined);
      await this.deps.agents.moveTo(agent.id, 'busy', pop?.id);
    }
    return { accepted: true, callId: call.id, ...(call.caseId ? { caseId: call.caseId } : {}) };
  }

  /** 接听处理 on the desk answers a ringing call for the agent who took its pop (通话中, with the time). */
  async answerOnDesk(callId: string, username: string, at = new Date()): Promise<void> {
    const call = await this.calls.findOneBy({ id: callId });
    if (!call || call.status !== 'ringing') return; // answered by the switch already, or the caller hung up
    await this.move(call, { ...applyCallEvent(call, { event: 'answered' }, at), agent: username });
  }

  async ended(source: Source, event: { callId: string; durationSec?: number; hangupCause?: string; recordingUrl?: string }, at: Date): Promise<Accepted> {
    const call = await this.find(source, event.callId);
    if (call.status === 'ended') return { accepted: true, callId: call.id };
    const change = applyCallEvent(call, { event: 'ended', hangupCause: event.hangupCause, recordingUrl: event.recordingUrl }, at);
    // 未接来电: nobody answered. The pop as the caller hung up tells whether it rang at an agent; it is
    // kept before the end is pushed, so the call figures counting the end read the same verdict.
    if (call.status === 'ringing') await recordMissed(this.deps.dataSource, call, await this.pops.latestOfCall(call.id), at);
    const ended = await this.move(call, { ...change, durationSec: event.durationSec ?? change.durationSec ?? null });
    await this.pops.missed(call.id);
    const agentId = call.agent ? await this.deps.agents.byUsername(call.agent) : null;
    // 话后处理 follows the end of the agent's call (not of an older call while they are on another).
    if (agentId) await this.deps.agents.moveTo(agentId, 'after_call', (await this.pops.latestOfCall(call.id))?.id);
    // A case logged from the call (新建工单) may have been linked while this end was on its way.
    const linked = call.caseId ? call : ((await this.calls.findOneBy({ id: call.id })) ?? call);
    if (linked.caseId) await recordCallEnded(this.deps, { ...ended, caseId: linked.caseId, areaPath: linked.areaPath }, await this.system.actor(source));
    return { accepted: true, callId: call.id, ...(linked.caseId ? { caseId: linked.caseId } : {}) };
  }

  /** 按键: the type whose published settings hold this IVR digit opens a case on the call. */
  async ivr(source: Source, event: { callId: string; digits: string }): Promise<Accepted> {
    const call = await this.find(source, event.callId);
    await this.calls.update({ id: call.id }, { digits: event.digits });
    if (call.caseId) return { accepted: true, callId: call.id, caseId: call.caseId };
    const typeKey = await this.typeForDigit(event.digits);
    if (!typeKey) return { accepted: true, callId: call.id };
    const pop = await this.pops.latestOfCall(call.id);
    const opened = await this.deps.cases.open(
      { serviceType: typeKey, channel: 'phone', elderId: pop?.elderId ?? undefined, variables: { caller: { number: call.from, callId: call.id } } },
      await this.system.get(),
      await this.system.actor(source),
      { system: true },
    );
    await this.calls.update({ id: call.id }, { caseId: opened.id, areaPath: opened.areaPath });
    if (pop) await this.pops.update(pop.id, { caseId: opened.id, caseNumber: opened.caseNumber, areaPath: opened.areaPath });
    return { accepted: true, callId: call.id, caseId: opened.id };
  }

  private async typeForDigit(digits: string): Promise<string | null> {
    const types = await this.deps.dataSource.getRepository(ServiceTypeEntity).findBy({ publishedVersion: Not(IsNull()) });
    if (types.length === 0) return null;
    // Each type's published version, in one query; if two share a digit, the first found wins (as before).
    const published = await this.deps.dataSource.getRepository(ServiceTypeVersionEntity).findBy(types.map((t) => ({ typeKey: t.key, version: t.publishedVersion as number })));
    return types.find((t) => published.find((v) => v.typeKey === t.key)?.settings.ivrDigit === digits)?.key ?? null;
  }

  private async move(call: Call, change: Partial<Call>): Promise<Call> {
    const next: Call = { ...call, ...change };
    // The case link is written apart (ivr, 新建工单): a move never puts back the case it was read without.
    const { caseId: _case, areaPath: _area, ...row } = next;
    const { affected } = await this.calls.update({ id: call.id, status: call.status }, asRow<Call>(row));
    if (!affected) throw errors.conflict(`Call ${call.id} changed meanwhile`);
    this.push(next);
    return next;
  }

  private push(call: Call): void {
    this.deps.live.emit({ type: 'call.updated', call: callView(call, true), areaPath: call.areaPath });
  }
}
