import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { inScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { CaseEntity } from '../cases/entities';
import { DispatchEntity } from '../dispatches/entities';
import { PublicUser } from '../identity/entities';
import { belongsTo } from '../providers/access';
import { DECLARED_MESSAGES, undeclaredVariables } from './declared';
import { PublishMessage } from './service';

const HOTLINE = ['admin', 'supervisor', 'agent'] as const;

/**
 * Who may correlate what through POST /api/messages: a provider's users only into their own
 * provider's orders (the key is the dispatch id), the hotline's agents and supervisors only into
 * cases their area scope covers (the key is the case number), admins into any existing order or
 * case. Anything else is "not found", so keys of others tell nothing. An order's own answers are
 * refused here even to its owner: they go through /api/dispatches/:id/accept, /reject and /finish,
 * which move the order's status and the process together (a message alone would leave the order
 * "dispatched" while its process went on).
 */
export class MessageAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
  ) {}

  async authorize(input: Pick<PublishMessage, 'name' | 'correlationKey' | 'variables'>, user: PublicUser): Promise<void> {
    const declared = DECLARED_MESSAGES[input.name];
    if (!declared) throw errors.forbidden(`${input.name} is not a message CareFlow takes (${Object.keys(DECLARED_MESSAGES).join(', ')})`);
    const undeclared = undeclaredVariables(input.name, input.variables);
    if (undeclared.length > 0) throw errors.forbidden(`${input.name} may not set ${undeclared.join(', ')}; it sets only ${declared.variables.join(', ')}`);
    const owned = await this.owns(input.correlationKey, user);
    if (!owned) throw errors.notFound(`Order or case ${input.correlationKey}`);
    if (owned === 'order') throw errors.conflict(`An order is answered through POST /api/dispatches/${input.correlationKey}/accept, /reject or /finish, which keep the order and its process in step`);
  }

  private async owns(key: string, user: PublicUser): Promise<'order' | 'case' | false> {
    const admin = user.roles.includes('admin');
    const dispatch = await this.dataSource.getRepository(DispatchEntity).findOneBy({ id: key });
    if (dispatch) return (admin || belongsTo(user, dispatch.providerId)) && 'order';
    const found = await this.dataSource.getRepository(CaseEntity).findOneBy({ caseNumber: key });
    if (!found || !user.roles.some((r) => (HOTLINE as readonly string[]).includes(r))) return false;
    return (found.areaPath === null || inScope(await this.areas.scopeOf(user), found.areaPath)) && 'case';
  }
}
