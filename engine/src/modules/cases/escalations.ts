import crypto from 'node:crypto';
import { smsMobilePhone, type EscalationView } from '@careflow/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { asRow } from '../../db/columns';
import { AppError, errors } from '../../http/errors';
import { LiveEvents } from '../../live/events';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser, UserEntity } from '../identity/entities';
import { NotificationService } from '../notifications/service';
import { SmsOutbox } from '../sms/outbox';
import { TaskEntity } from '../tasks/entities';
import { Case } from './entities';
import { CaseEscalation, CaseEscalationEntity, NotifiedPerson } from './escalation-entity';
import { covers, isStaff, Reached, supervisorsOf, urgeRecipients } from './escalation-recipients';
import { CaseTimeline } from './timeline';

const view = ({ repliedBy: _by, ...row }: CaseEscalation): EscalationView => row;
const TITLE = { urge: '催办', supervise: '督办' } as const;

/**
 * 催办 and 督办 that reach people: each is a row (reports count them) and a timeline entry, and
 * notifies in the app (the bell) with an SMS copy queued in the outbox for everyone with a mobile
 * phone; a person without one is notified in the app only, and the row says so.
 */
export class EscalationService {
  private readonly hooks: ((m: EntityManager, row: CaseEscalation, found: Case) => Promise<void>)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly deps: { timeline: CaseTimeline; audit: AuditLog; live: LiveEvents; notifications: NotificationService; outbox: SmsOutbox; find: (id: string, user: PublicUser) => Promise<Case> },
  ) {}

  /** Adds work to the transaction that records each 催办 / 督办 (the figures count them). */
  onEscalated(hook: (m: EntityManager, row: CaseEscalation, found: Case) => Promise<void>): void {
    this.hooks.push(hook);
  }

  async list(caseId: string, user: PublicUser): Promise<EscalationView[]> {
    await this.deps.find(caseId, user);
    return (await this.dataSource.getRepository(CaseEscalationEntity).find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } })).map(view);
  }

  /** 催办: the case's oldest open task's assignee, or its candidates. */
  async urge(caseId: string, text: string, user: PublicUser, actor: Actor): Promise<EscalationView> {
    const found = await this.openCase(caseId, user);
    const task = await this.dataSource.getRepository(TaskEntity).findOne({ where: { caseId, status: 'created' }, order: { createdAt: 'ASC' } });
    const reached = await urgeRecipients(this.dataSource, task);
    return this.record(found, { kind: 'urge', text, taskId: task?.id ?? null, taskName: task?.name ?? null, responsibleId: null, responsibleName: null, deadline: null }, reached, user, actor);
  }

  /** 督办: a responsible person (staff whose scope covers the case) by a deadline; they and their supervisors are told. */
  async supervise(caseId: string, input: { text: string; responsibleId: string; deadline: Date }, user: PublicUser, actor: Actor): Promise<EscalationView> {
    const found = await this.openCase(caseId, user);
    const responsible = await this.dataSource.getRepository(UserEntity).findOneBy({ id: input.responsibleId });
    if (!responsible || !isStaff(responsible) || !covers(responsible, found.areaPath)) throw errors.invalidInput([{ path: 'responsibleId', message: 'not an active staff member whose area scope covers the case' }], 'No such responsible person');
    if (input.deadline.getTime() <= Date.now()) throw errors.invalidInput([{ path: 'deadline', message: 'the deadline must be in the future' }]);
    const supervisors = await supervisorsOf(this.dataSource, responsible, found.areaPath);
    const reached: Reached[] = [{ user: responsible, as: 'responsible' }, ...supervisors.map((u) => ({ user: u, as: 'supervisor' as const }))];
    const fields = { kind: 'supervise' as const, text: input.text, taskId: null, taskName: null, responsibleId: responsible.id, responsibleName: responsible.displayName, deadline: input.deadline };
    return this.record(found, fields, reached, user, actor);
  }

  /** The responsible person answers a 督办, once; whoever raised it is told. */
  async reply(caseId: string, escalationId: string, text: string, user: PublicUser, actor: Actor): Promise<EscalationView> {
    const found = await this.deps.find(caseId, user);
    const repo = this.dataSource.getRepository(CaseEscalationEntity);
    const row = await repo.findOneBy({ id: escalationId, caseId });
    if (!row || row.kind !== 'supervise') throw errors.notFound(`督办 ${escalationId}`);
    if (row.responsibleId !== user.id) throw errors.forbidden('Only the responsible person answers this 督办');
    if (row.reply !== null) throw errors.conflict('This 督办 has been answered');
    const answered: CaseEscalation = { ...row, reply: text, repliedAt: new Date(), repliedBy: user.id, repliedByName: user.displayName };
    await this.dataSource.transaction(async (m) => {
      const { affected } = await m.getRepository(CaseEscalationEntity).update({ id: row.id, reply: IsNull() }, asRow({ reply: answered.reply, repliedAt: answered.repliedAt, repliedBy: user.id, repliedByName: user.displayName }));
      if (!affected) throw errors.conflict('This 督办 has been answered');
      await this.deps.timeline.record(caseId, 'case.supervise_replied', actor, { text, escalationId }, m);
      await this.deps.audit.record(actor, { action: 'case.supervise_replied', entityType: 'case', entityId: caseId, after: { escalationId, text } }, m);
    });
    // The answer is on the case already: a raiser who left (inactive) is no reason to fail it.
    await this.deps.notifications.send({ key: `escalation:${row.id}:reply`, caseId, users: [await this.usernameOf(row.createdBy)], title: `督办已回复：${found.caseNumber}`, body: text, level: 'info' }).catch(() => undefined);
    this.deps.live.emit({ type: 'case.updated', caseId, status: found.status, change: 'case.supervise_replied', areaPath: found.areaPath });
    return view(answered);
  }

  /** Staff who may be named responsible for a 督办 of this case. */
  async handlers(caseId: string, user: PublicUser): Promise<{ id: string; displayName: string }[]> {
    const found = await this.deps.find(caseId, user);
    const users = await this.dataSource.getRepository(UserEntity).find({ where: { active: true }, order: { displayName: 'ASC' } });
    return users.filter((u) => isStaff(u) && covers(u, found.areaPath)).map((u) => ({ id: u.id, displayName: u.displayName }));
  }

  private async openCase(caseId: string, user: PublicUser): Promise<Case> {
    const found = await this.deps.find(caseId, user);
    if (found.status !== 'open') throw errors.conflict(`Case ${found.caseNumber} is ${found.status}`);
    return found;
  }

  private async usernameOf(id: string): Promise<string> {
    return (await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id })).username;
  }

  /** The row, timeline entry and audit in one transaction; then the bell and the SMS copies, whose outcome the row keeps. */
  private async record(found: Case, fields: Pick<CaseEscalation, 'kind' | 'text' | 'taskId' | 'taskName' | 'responsibleId' | 'responsibleName' | 'deadline'>, reached: Reached[], user: PublicUser, actor: Actor): Promise<EscalationView> {
    const unique = [...new Map(reached.map((r) => [r.user.id, r])).values()];
    const mobile = (r: Reached) => (r.user.phone ? smsMobilePhone.safeParse(r.user.phone) : undefined);
    const notified: NotifiedPerson[] = unique.map((r) => ({ userId: r.user.id, displayName: r.user.displayName, as: r.as, sms: !r.user.phone ? 'no_phone' : mobile(r)?.success ? 'queued' : 'failed' }));
    const row: CaseEscalation = { id: crypto.randomUUID(), caseId: found.id, ...fields, createdBy: user.id, createdByName: user.displayName, createdAt: new Date(), notified, reply: null, repliedAt: null, repliedBy: null, repliedByName: null };
    const type = fields.kind === 'urge' ? 'case.urged' : 'case.supervised';
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CaseEscalationEntity).insert(asRow(row));
      await this.deps.timeline.record(found.id, type, actor, { text: fields.text, escalationId: row.id, notified: notified.map((n) => n.displayName) }, m);
      await this.deps.audit.record(actor, { action: type, entityType: 'case', entityId: found.id, after: { ...row } }, m);
      for (const hook of this.hooks) await hook(m, row, found);
    });
    if (unique.length > 0) {
      const title = `${TITLE[fields.kind]}：${found.caseNumber}`;
      await this.deps.notifications.send({ key: `escalation:${row.id}`, caseId: found.id, users: unique.map((r) => r.user.username), title, body: fields.text, level: 'warning' });
      for (const n of notified.filter((x) => x.sms === 'queued')) n.sms = await this.textTo(row, unique.find((r) => r.user.id === n.userId) as Reached, `【${title}】${fields.text}`);
      await this.dataSource.getRepository(CaseEscalationEntity).update({ id: row.id }, asRow({ notified }));
    }
    this.deps.live.emit({ type: 'case.updated', caseId: found.id, status: found.status, change: type, areaPath: found.areaPath });
    return view(row);
  }

  /** Queues the SMS copy for the connectors' outbox sender to send; a phone over its hourly limit is told in the app only. */
  private async textTo(row: CaseEscalation, r: Reached, content: string): Promise<NotifiedPerson['sms']> {
    try {
      await this.deps.outbox.record({ key: `escalation:${row.id}:${r.user.id}`, caseId: row.caseId, phone: smsMobilePhone.parse(r.user.phone), recipientName: r.user.displayName.slice(0, 50), content: content.slice(0, 300), source: `case.${row.kind}` }, { outboxSends: true });
      return 'queued';
    } catch (error) {
      if (error instanceof AppError) return 'failed';
      throw error;
    }
  }
}
