import crypto from 'node:crypto';
import { DataSource, IsNull, Not } from 'typeorm';
import { asRow, insertRows } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { LiveEvents } from '../../live/events';
import { Actor } from '../audit/service';
import { CaseEntity } from '../cases/entities';
import { CaseService } from '../cases/service';
import { CaseTimeline } from '../cases/timeline';
import { Handover, HandoverEntity, HandoverSource } from './entities';
import { checkedForIntake, HandoverIntake, handoverVariables } from './intake-variables';
import { HandoverSystemUser } from './system-user';

export interface IntakeAnswer {
  caseNumber: string;
  repeat: boolean;
  previousCaseNumber: string | null;
}

const OPEN = ['opening', 'open'];

/**
 * 转办件 in: the first of a (source, reference) opens a case of the mapped type; the same reference
 * again while that case is open joins it (a timeline entry, no second case); after it closed, a new
 * case linked to the old one. One open case per reference holds across nodes: the handover row
 * commits with its case, under a unique (source, open reference) key.
 */
export class HandoverIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseService,
    private readonly timeline: CaseTimeline,
    private readonly live: LiveEvents,
    private readonly system: HandoverSystemUser,
  ) {}

  async receive(source: HandoverSource, intake: HandoverIntake, ip: string | null): Promise<IntakeAnswer> {
    const actor = await this.system.actor(source.code, ip);
    for (let attempt = 0; ; attempt++) {
      const joined = await this.joinOpen(source, intake, actor);
      if (joined) return joined;
      try {
        return await this.open(source, intake, actor);
      } catch (error) {
        // The same 转办件 arrived twice at once and the other request's case won: join it.
        if (!isUniqueViolation(error) || attempt > 0) throw error;
      }
    }
  }

  /** The case of an open handover of this reference gets the repeat; a handover whose case has ended lets go of the reference. */
  private async joinOpen(source: HandoverSource, intake: HandoverIntake, actor: Actor): Promise<IntakeAnswer | null> {
    const repo = this.dataSource.getRepository(HandoverEntity);
    const open = await repo.findOneBy({ source: source.code, openReference: intake.reference });
    if (!open) return null;
    const found = await this.dataSource.getRepository(CaseEntity).findOneBy({ id: open.caseId });
    if (!found || !OPEN.includes(found.status)) {
      await repo.update({ id: open.id, openReference: Not(IsNull()) }, asRow<Handover>({ openReference: null }));
      return null;
    }
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(HandoverEntity).increment({ id: open.id }, 'repeats', 1);
      await this.timeline.record(found.id, 'handover.repeated', actor, { source: source.code, sourceName: source.name, reference: intake.reference, title: intake.title, text: intake.description, description: intake.description, receivedAt: intake.receivedAt, attachments: intake.attachments }, m);
    });
    this.live.emit({ type: 'case.updated', caseId: found.id, status: found.status, change: 'handover.repeated', areaPath: found.areaPath });
    return { caseNumber: found.caseNumber, repeat: true, previousCaseNumber: open.previousCaseNumber };
  }

  private async open(source: HandoverSource, intake: HandoverIntake, actor: Actor): Promise<IntakeAnswer> {
    const serviceType = (intake.category && source.mapping[intake.category]) || source.defaultServiceType;
    const variables = await checkedForIntake(this.dataSource, serviceType, handoverVariables(source, intake));
    const [earlier] = await this.dataSource.getRepository(HandoverEntity).find({ where: { source: source.code, reference: intake.reference }, order: { createdAt: 'DESC' }, take: 1 });
    const previousCaseNumber = earlier?.caseNumber ?? null;
    const user = await this.system.get();
    const opened = await this.cases
      .open({ serviceType, channel: source.channel, variables: { ...variables, ...(previousCaseNumber ? { handoverPreviousCase: previousCaseNumber } : {}) } }, user, actor, {
        system: true,
        // With the case, in its transaction: the reference is held (unique while open) and the case says where it came from.
        withCase: async (m, created) => {
          const now = new Date();
          const row: Handover = {
            id: crypto.randomUUID(),
            source: source.code,
            reference: intake.reference,
            openReference: intake.reference,
            category: intake.category ?? null,
            caseId: created.id,
            caseNumber: created.caseNumber,
            serviceTypeKey: serviceType,
            repeats: 0,
            previousCaseNumber,
            receivedAt: new Date(intake.receivedAt),
            reportState: 'waiting',
            reportInstanceId: null,
            reportCheckedAt: null,
            reportedAt: null,
            reportError: null,
            createdAt: now,
          };
          await insertRows(m, HandoverEntity, [row]);
          await this.timeline.record(created.id, 'handover.received', actor, { source: source.code, sourceName: source.name, reference: intake.reference, category: intake.category ?? null, serviceType, title: intake.title, previousCaseNumber }, m);
        },
      });
    return { caseNumber: opened.caseNumber, repeat: false, previousCaseNumber };
  }
}
