import { In, MoreThanOrEqual } from 'typeorm';
import { AppError } from '../../../http/errors';
import { CaseEntity } from '../../cases/entities';
import { TerminalEntity } from '../../elders/entities';
import { ButtonRoute, routeOf } from './alarm-buttons';
import { Accepted } from './calls';
import { InboundDeps, Source, SystemIdentity } from './context';
import { PopEntity, PopRow } from './entities';
import { Match, popElders, ScreenPop } from './pop-view';
import { PopService } from './pop-service';
import { SerialQueue } from './serial';

export interface AlarmEvent {
  terminalId?: string;
  from?: string;
  button?: string;
  location?: { lat?: number; lng?: number; address?: string };
}

/**
 * 报警: an alarm opens an emergency case at once, as the system, and its pop goes out as soon as
 * the case has a number (before its process starts). A repeat from the same terminal or elder
 * while that case is open attaches to it. One alarm per terminal/elder at a time (per engine),
 * so two presses a moment apart cannot both open a case.
 */
export class InboundAlarms {
  private readonly locks = new SerialQueue();

  constructor(
    private readonly deps: InboundDeps,
    private readonly system: SystemIdentity,
    private readonly pops: PopService,
  ) {}

  async trigger(source: Source, event: AlarmEvent, at: Date): Promise<Accepted> {
    let matches: Match[] = event.terminalId ? await this.system.identify({ deviceId: event.terminalId }) : [];
    if (matches.length === 0 && event.from) matches = await this.system.identify({ phone: event.from });
    const elderId = matches.length === 1 ? matches[0].elderId : null;
    const lockKey = event.terminalId ? `device:${event.terminalId}` : elderId ? `elder:${elderId}` : `from:${event.from}`;
    const route = routeOf(this.deps.alarm.buttons, event.button, this.deps.alarm.serviceType);
    return this.locks.run(lockKey, () => this.handle(source, event, at, matches, elderId, route));
  }

  private async handle(source: Source, event: AlarmEvent, at: Date, matches: Match[], elderId: string | null, route: ButtonRoute): Promise<Accepted> {
    const ds = this.deps.dataSource;
    const [elders, terminal] = await Promise.all([popElders(ds, matches, event.from ?? null), event.terminalId ? ds.getRepository(TerminalEntity).findOneBy({ deviceId: event.terminalId }) : null]);
    const alarm = { terminalId: event.terminalId ?? null, button: event.button ?? null, location: event.location ?? null, at: at.toISOString(), handover: route.handover };
    const { serviceType } = route;
    // Only the alarm service type is an emergency; another button's type keeps its own priority.
    const priority = serviceType === this.deps.alarm.serviceType ? ('emergency' as const) : undefined;
    const base = {
      kind: 'alarm' as const,
      at,
      callId: null,
      callerNumber: event.from ?? null,
      deviceId: event.terminalId ?? null,
      elderId,
      body: {
        caller: { number: event.from ?? null, identified: elders.length > 0 },
        terminal: event.terminalId ? { deviceId: event.terminalId, type: terminal?.type ?? null, button: event.button ?? null } : null,
        location: event.location ?? null,
        elders,
      } satisfies Pick<ScreenPop, 'caller' | 'terminal' | 'location' | 'elders'>,
      areaPath: elders.length === 1 ? elders[0].areaPath : null,
    };

    const open = await this.openCaseOf(event.terminalId ?? null, elderId, at, serviceType);
    if (open) {
      await this.deps.timeline.record(open.case.id, 'alarm.repeated', await this.system.actor(source), alarm);
      this.deps.live.emit({ type: 'case.updated', caseId: open.case.id, status: open.case.status, change: 'alarm.repeated', areaPath: open.case.areaPath });
      await this.pops.raise({ ...base, caseId: open.case.id, caseNumber: open.case.caseNumber, attached: true, areaPath: open.case.areaPath, offeredTo: open.takenBy });
      return { accepted: true, caseId: open.case.id, attachedTo: open.case.id };
    }

    let stored: PopRow | null = null;
    let pop: PopRow | null = null;
    try {
      const opened = await this.deps.cases.open(
        { serviceType, channel: 'alarm', elderId: elderId ?? undefined, ...(priority ? { priority } : {}), variables: { alarm } },
        await this.system.get(),
        await this.system.actor(source),
        {
          system: true,
          // The pop commits with the case: a repeat of this alarm after a crash finds the case through it (openCaseOf).
          withCase: async (m, created) => void (stored = await this.pops.store(m, { ...base, caseId: created.id, caseNumber: created.caseNumber, attached: false, areaPath: created.areaPath ?? base.areaPath })),
          // From here the stored pop exists (its transaction committed): a failure after this updates it.
          recorded: async () => {
            pop = stored;
            await this.pops.offer(stored!);
          },
        },
      );
      return { accepted: true, caseId: opened.id };
    } catch (error) {
      // The alarm is never lost: the pop stays (without a case) and says why.
      const reason = `No ${serviceType} case opened: ${error instanceof AppError ? error.message : String(error)}`;
      this.deps.logger.error({ err: error, terminalId: event.terminalId, from: event.from, serviceType }, 'alarm without a case');
      const raised = pop as PopRow | null;
      if (raised) await this.pops.update(raised.id, { caseId: null, caseNumber: null, error: reason.slice(0, 500) });
      else await this.pops.raise({ ...base, caseId: null, caseNumber: null, attached: false, error: reason.slice(0, 500) });
      return { accepted: true };
    }
  }

  /** The open case of this service type an earlier alarm of this terminal or elder opened within the window, and who took that alarm. */
  private async openCaseOf(deviceId: string | null, elderId: string | null, at: Date, serviceType: string) {
    if (!deviceId && !elderId) return null;
    const since = new Date(at.getTime() - this.deps.alarm.dedupSeconds * 1000);
    const who = [...(deviceId ? [{ deviceId }] : []), ...(elderId ? [{ elderId }] : [])];
    const earlier = await this.deps.dataSource.getRepository(PopEntity).find({ where: who.map((w) => ({ ...w, kind: 'alarm' as const, attached: false, at: MoreThanOrEqual(since) })), order: { at: 'DESC' }, take: 20 });
    const caseIds = [...new Set(earlier.map((p) => p.caseId).filter((id): id is string => id !== null))];
    if (caseIds.length === 0) return null;
    const cases = await this.deps.dataSource.getRepository(CaseEntity).findBy({ id: In(caseIds), status: In(['opening', 'open']), serviceTypeKey: serviceType });
    for (const pop of earlier) {
      const found = cases.find((c) => c.id === pop.caseId);
      if (found) return { case: found, takenBy: pop.takenBy?.userId ?? null };
    }
    return null;
  }
}
