import { IsNull } from 'typeorm';
import { errors } from '../../../http/errors';
import { Actor } from '../../audit/service';
import { inScope } from '../../areas/scope';
import { PublicUser } from '../../identity/entities';
import { Call, CallEntity } from '../entities';
import { callView, CallView } from '../views';
import { InboundDeps } from './context';
import { PopService } from './pop-service';

/** The `call.ended` entry on the call's case: who called, who answered, how long, the recording. */
export async function recordCallEnded(deps: Pick<InboundDeps, 'timeline' | 'live'>, call: Call & { caseId: string }, actor: Pick<Actor, 'id' | 'username'>): Promise<void> {
  await deps.timeline.record(call.caseId, 'call.ended', actor, {
    callId: call.id,
    from: call.from,
    agent: call.agent ?? null,
    durationSec: call.durationSec,
    hangupCause: call.hangupCause,
    recordingUrl: call.recordingUrl,
    startedAt: call.startedAt.toISOString(),
    answeredAt: call.answeredAt?.toISOString() ?? null,
    endedAt: call.endedAt?.toISOString() ?? null,
  });
  deps.live.emit({ type: 'case.updated', caseId: call.caseId, status: 'open', change: 'call.ended', areaPath: call.areaPath });
}

/**
 * 新建工单 on a call's pop: the case opened is the call's case. The call takes the case's area, its
 * pop shows the case, and its end lands on the case's timeline (at once when it has ended already).
 */
export class CallCaseLink {
  constructor(
    private readonly deps: InboundDeps,
    private readonly pops: PopService,
  ) {}

  private get calls() {
    return this.deps.dataSource.getRepository(CallEntity);
  }

  async link(callId: string, caseId: string, user: PublicUser, actor: Actor): Promise<CallView> {
    const call = await this.calls.findOneBy({ id: callId });
    if (!call || call.direction !== 'inbound' || !(await this.reaches(call, user))) throw errors.notFound(`Inbound call ${callId}`);
    const opened = await this.deps.cases.find(caseId, user);
    if (call.caseId && call.caseId !== opened.id) throw errors.conflict(`Call ${callId} is already logged on another case`, { caseId: call.caseId });
    if (call.caseId === opened.id) return callView(call, true);
    const areaPath = opened.areaPath ?? call.areaPath;
    const { affected } = await this.calls.update({ id: call.id, caseId: IsNull() }, { caseId: opened.id, areaPath });
    if (!affected) throw errors.conflict(`Call ${callId} was logged on a case meanwhile`);
    const pop = await this.pops.latestOfCall(call.id);
    if (pop && !pop.caseId) await this.pops.update(pop.id, { caseId: opened.id, caseNumber: opened.caseNumber, areaPath });
    // Read again: an end handled meanwhile did not see the case, so its entry is written here.
    const linked = (await this.calls.findOneByOrFail({ id: call.id })) as Call & { caseId: string };
    if (linked.status === 'ended') await recordCallEnded(this.deps, linked, actor);
    this.deps.live.emit({ type: 'call.updated', call: callView(linked, true), areaPath: linked.areaPath });
    return callView(linked, true);
  }

  /** As for the simulator: a call in the agent's area scope, or one whose pop they were offered or took. */
  private async reaches(call: Call, user: PublicUser): Promise<boolean> {
    if (call.areaPath === null || inScope(await this.deps.areas.scopeOf(user), call.areaPath)) return true;
    const pop = await this.pops.latestOfCall(call.id);
    return pop !== null && (pop.offeredTo === user.id || pop.takenBy?.userId === user.id);
  }
}
