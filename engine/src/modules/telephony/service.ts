import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { errors } from '../../http/errors';
import { inScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { CaseEntity } from '../cases/entities';
import { PublicUser } from '../identity/entities';
import { LiveEvents } from '../../live/events';
import { applyCallEvent, CallEvent } from './call-state';
import { callLog, CallLogQuery } from './call-log';
import { Call, CallEntity, CallMode } from './entities';
import { callView, CallView, seesPhones } from './views';

export interface PlaceCall {
  key?: string;
  caseId?: string | null;
  mode: CallMode;
  from?: string | null;
  to: string;
  toName?: string | null;
  message?: string | null;
  confirmDigit?: string | null;
  adapter: string;
}


/**
 * Call records: what the call connector placed and how each call went. Adapters report progress
 * here; the simulator moves its calls here too, so the web panel, the API and processes all see
 * one record per call.
 */
export class CallService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly areas: AreaService,
  ) {}

  private get calls() {
    return this.dataSource.getRepository(CallEntity);
  }

  /** Places a call record; the same key gives back the stored call and creates nothing. */
  async place(input: PlaceCall, user: PublicUser): Promise<{ call: CallView; repeated: boolean }> {
    const key = input.key ?? randomUUID();
    // Calls are placed on cases the caller sees, as they are listed; another area's key is only "taken".
    const scope = await this.areas.scopeOf(user);
    const earlier = await this.calls.findOneBy({ key });
    if (earlier && earlier.areaPath !== null && !inScope(scope, earlier.areaPath)) throw errors.conflict(`Call key ${key} was already used`);
    if (earlier) return { call: callView(earlier, seesPhones(user)), repeated: true };
    let areaPath: string | null = null;
    if (input.caseId) {
      const found = await this.dataSource.getRepository(CaseEntity).findOneBy({ id: input.caseId });
      if (!found || (found.areaPath !== null && !inScope(scope, found.areaPath))) throw errors.invalidInput([{ path: 'caseId', message: `Case ${input.caseId} was not found` }]);
      areaPath = found.areaPath;
    }
    const call: Call = {
      id: randomUUID(),
      key,
      caseId: input.caseId ?? null,
      areaPath,
      direction: 'outbound',
      mode: input.mode,
      from: input.mode === 'click_to_call' ? (input.from ?? user.username) : null,
      to: input.to,
      toName: input.toName ?? null,
      message: input.message ?? null,
      confirmDigit: input.mode === 'robot' ? (input.confirmDigit ?? '1') : null,
      status: 'ringing',
      outcome: null,
      digits: null,
      hangupCause: null,
      adapter: input.adapter,
      startedAt: new Date(),
      answeredAt: null,
      endedAt: null,
      durationSec: null,
      recordingUrl: null,
      createdBy: user.id,
    };
    try {
      await this.calls.insert(asRow(call));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { call: callView(await this.calls.findOneByOrFail({ key }), seesPhones(user)), repeated: true };
    }
    this.push(call);
    return { call: callView(call, seesPhones(user)), repeated: false };
  }

  async get(id: string, user: PublicUser): Promise<CallView> {
    return callView(await this.visible(id, user), seesPhones(user));
  }

  /** 通话记录: the calls the filters match in the user's area scope, newest first, one page. */
  async list(query: CallLogQuery, user: PublicUser): Promise<{ items: (CallView & { caseNumber: string | null })[]; total: number }> {
    const { rows, total } = await callLog(this.dataSource, query, await this.areas.scopeOf(user));
    const full = seesPhones(user);
    return { items: rows.map((c) => ({ ...callView(c, full), caseNumber: c.caseNumber })), total };
  }

  /** An adapter's or the simulator's report of what happened on the line. */
  async report(id: string, change: CallEvent, user: PublicUser | null): Promise<CallView> {
    const call = user ? await this.visible(id, user) : await this.calls.findOneBy({ id });
    if (!call) throw errors.notFound(`Call ${id}`);
    // A repeated end report (a webhook delivered twice) is answered with the call as it is.
    if (call.status === 'ended' && change.event === 'ended' && (change.outcome === undefined || change.outcome === call.outcome)) return this.viewFor(call, user);
    const next: Call = { ...call, ...applyCallEvent(call, change) };
    // Only from the state it was read in: two reports at once cannot both move the call.
    const { affected } = await this.calls.update({ id, status: call.status }, asRow(next));
    if (!affected) throw errors.conflict(`Call ${id} changed meanwhile; read it again`);
    this.push(next);
    return this.viewFor(next, user);
  }

  /** Simulator actions apply only to calls the simulator carries. */
  async simulate(id: string, change: CallEvent, user: PublicUser): Promise<CallView> {
    const call = await this.visible(id, user);
    if (call.adapter !== 'simulator') throw errors.conflict(`Call ${id} runs on ${call.adapter}, not on the simulator`);
    return this.report(id, change, user);
  }

  private viewFor(call: Call, user: PublicUser | null) {
    return callView(call, user ? seesPhones(user) : false);
  }

  private async visible(id: string, user: PublicUser): Promise<Call> {
    const call = await this.calls.findOneBy({ id });
    if (!call || (call.areaPath !== null && !inScope(await this.areas.scopeOf(user), call.areaPath))) throw errors.notFound(`Call ${id}`);
    return call;
  }

  private push(call: Call): void {
    this.live.emit({ type: 'call.updated', call: callView(call, true), areaPath: call.areaPath });
  }
}
