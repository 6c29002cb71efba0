import { maskPhone } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { CaseEntity } from '../cases/entities';
import { DispatchEntity, OPEN_STATUSES } from '../dispatches/entities';
import { ElderEntity } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { belongsTo } from '../providers/access';
import { CallService, PlaceCall } from '../telephony/service';

/**
 * A provider's people call the elder of an order through the hotline's click-to-call: the switch
 * rings their own phone first, then bridges to the elder, so the elder's number never reaches them
 * and the call is recorded on the case like every hotline call.
 */
export class OrderCalls {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calls: CallService,
  ) {}

  async call(dispatchId: string, user: PublicUser) {
    const order = await this.dataSource.getRepository(DispatchEntity).findOneBy({ id: dispatchId });
    // Another provider's order is "not found", as everywhere in the portal.
    if (!order || !belongsTo(user, order.providerId)) throw errors.notFound(`Dispatch ${dispatchId}`);
    if (!OPEN_STATUSES.includes(order.status)) throw errors.conflict(`The order is ${order.status}: only an open order's elder is called through the hotline`);
    if (!user.phone) throw errors.conflict('Your account has no mobile number: the hotline rings it first, so ask your provider’s admin to add it');
    const found = order.caseId ? await this.dataSource.getRepository(CaseEntity).findOneBy({ id: order.caseId }) : null;
    const elder = found?.elderId ? await this.dataSource.getRepository(ElderEntity).findOneBy({ id: found.elderId }) : null;
    const phone = elder?.phones[0]?.number;
    if (!found || !elder || !phone) throw errors.conflict('The elder of this order has no phone on file: ask the hotline to reach them');
    const input: PlaceCall = { mode: 'click_to_call', from: user.phone, to: phone, toName: elder.name, caseId: found.id, adapter: 'simulator' };
    const { call } = await this.calls.place(input, user);
    return { call, callback: maskPhone(user.phone) };
  }
}
