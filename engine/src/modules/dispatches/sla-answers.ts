import { DataSource, IsNull } from 'typeorm';
import { Actor } from '../audit/service';
import { DispatchAnswers } from './answers';
import { Dispatch, DispatchEntity } from './entities';
import { OrderNotices } from './order-notices';
import { addIsoDuration } from './sla';

type Answer = Parameters<DispatchAnswers['answer']>[1];

/**
 * The providers' answers with what follows them on the portal: accepting starts the work clock
 * (workDueAt = accepted + the order's work window), and a worker the order is newly assigned to
 * is told (in the app and by SMS, once per order and worker).
 */
export class SlaDispatchAnswers extends DispatchAnswers {
  private readonly db: DataSource;

  constructor(
    private readonly notices: OrderNotices,
    ...args: ConstructorParameters<typeof DispatchAnswers>
  ) {
    super(...args);
    this.db = args[0];
  }

  override async answer(dispatch: Dispatch, answer: Answer, actor: Actor & { id: string }): Promise<Dispatch> {
    const answered = await super.answer(dispatch, answer, actor);
    const timed = answer.action === 'accept' ? await this.startWorkClock(answered) : answered;
    if (timed.staffId && timed.staffId !== dispatch.staffId) await this.notices.assigned(timed);
    return timed;
  }

  /** Once, from the acceptance (the accepted order's last change); a repeated accept finds it set. */
  private async startWorkClock(d: Dispatch): Promise<Dispatch> {
    if (d.status !== 'accepted' || !d.workWithin || d.workDueAt) return d;
    const workDueAt = addIsoDuration(d.updatedAt, d.workWithin);
    await this.db.getRepository(DispatchEntity).update({ id: d.id, workDueAt: IsNull() }, { workDueAt });
    return (await this.db.getRepository(DispatchEntity).findOneBy({ id: d.id })) ?? { ...d, workDueAt };
  }
}
