import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { ElderEntity, RelativeEntity } from '../elders/entities';

export interface SmsRecipient {
  name: string;
  relation: string;
  phone: string;
}

/**
 * "The relatives of elder X" as SMS recipients: in call order, each by their first mobile number
 * (a landline takes no text). Relatives with no mobile are listed apart so the caller can say so.
 */
export async function relativesOf(dataSource: DataSource, elderId: string) {
  const elder = await dataSource.getRepository(ElderEntity).findOne({ where: { id: elderId }, select: { id: true, name: true } });
  if (!elder) throw errors.notFound('Elder file');
  const relatives = await dataSource.getRepository(RelativeEntity).find({ where: { elderId }, order: { callOrder: 'ASC' } });
  const recipients: SmsRecipient[] = [];
  const withoutMobile: string[] = [];
  for (const r of relatives) {
    const mobile = r.phones.find((p) => p.kind === 'mobile');
    if (mobile) recipients.push({ name: r.name, relation: r.relation, phone: mobile.number });
    else withoutMobile.push(r.name);
  }
  return { elder: { id: elder.id, name: elder.name }, recipients, withoutMobile };
}
