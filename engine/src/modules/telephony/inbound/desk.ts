import type { CallView, LiveEvent } from '@careflow/contracts';
import { Actor } from '../../audit/service';
import { GroupMemberEntity, PublicUser, publicUser, UserEntity } from '../../identity/entities';
import { TaskService } from '../../tasks/service';
import { CallEntity } from '../entities';
import { callView } from '../views';
import { InboundCalls } from './calls';
import { InboundDeps } from './context';
import { PopEntity } from './entities';
import { popView, ScreenPop } from './pop-view';
import { PopService } from './pop-service';

/**
 * What an agent does with a pop on the desk: taking it answers its call (通话中) and, for an
 * alarm, claims its case's first open task (确认警情) for them; a reloaded desk asks what it is on.
 */
export class DeskActions {
  constructor(
    private readonly deps: Pick<InboundDeps, 'dataSource' | 'logger'>,
    private readonly pops: PopService,
    private readonly calls: InboundCalls,
    private readonly tasks: TaskService | null,
  ) {}

  async take(id: string, user: PublicUser, actor: Actor): Promise<ScreenPop> {
    const pop = await this.pops.take(id, user);
    if (pop.callId) await this.calls.answerOnDesk(pop.callId, user.username);
    if (pop.kind === 'alarm' && pop.caseId) await this.claim(pop.caseId, user, actor);
    return pop;
  }

  /** The pop I am on or wrapping up, with its call record: nulls when I am on none. */
  async current(user: PublicUser): Promise<{ pop: ScreenPop | null; call: CallView | null }> {
    const pop = await this.pops.current(user);
    const call = pop?.callId ? await this.deps.dataSource.getRepository(CallEntity).findOneBy({ id: pop.callId }) : null;
    return { pop: pop ? popView(pop) : null, call: call ? callView(call, true) : null };
  }

  /**
   * The alarm's first task usually appears after it was taken (its process starts after the pop):
   * the first task of a case whose alarm someone took is claimed for them as it appears (not the later steps).
   */
  async onLiveEvent(event: LiveEvent): Promise<void> {
    if (event.type !== 'task.created' || !event.task.caseId || event.task.assignee) return;
    const taken = await this.deps.dataSource.getRepository(PopEntity).findOne({ where: { caseId: event.task.caseId, kind: 'alarm', status: 'taken' }, order: { at: 'ASC' } });
    const userId = taken?.takenBy?.userId;
    const row = userId ? await this.deps.dataSource.getRepository(UserEntity).findOneBy({ id: userId, active: true }) : null;
    if (!row) return;
    const groups = (await this.deps.dataSource.getRepository(GroupMemberEntity).findBy({ userId: row.id })).map((m) => m.groupKey);
    await this.claim(event.task.caseId, publicUser(row, groups), { id: row.id, username: row.username, ip: null }, true);
  }

  /** Claiming is a convenience: a task someone else holds, or one the agent may not see, stays as it is. */
  private async claim(caseId: string, user: PublicUser, actor: Actor, onlyFirstStep = false): Promise<void> {
    try {
      await this.tasks?.claimFirstOpen(caseId, user, actor, onlyFirstStep);
    } catch (error) {
      this.deps.logger.warn({ err: error, caseId, user: user.username }, 'the alarm’s first task was not claimed');
    }
  }
}
