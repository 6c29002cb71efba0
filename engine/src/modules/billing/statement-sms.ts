import crypto from 'node:crypto';
import { maskPhone, smsMobilePhone, yuan } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { ElderEntity, Relative, RelativeEntity } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { SmsOutbox } from '../sms/outbox';
import { BillingMonths } from './months';
import { monthLabel, servicesOf } from './statement-doc';
import { Statements } from './statements';

/** The SMS template of the summary, seeded by a billing schema step; admins edit its text on the SMS page. */
export const STATEMENT_SMS_TEMPLATE = 'elder_statement';

/** A relative's number that takes a text (a landline does not), normalised to 11 digits. */
const mobileOf = (r: Relative) => r.phones.map((p) => smsMobilePhone.safeParse(p.number)).find((p) => p.success)?.data;

/** 收费清单 in one text to the elder's relative, queued in the SMS outbox for the connectors' sender. */
export class StatementSms {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: Statements,
    private readonly months: BillingMonths,
    private readonly outbox: SmsOutbox,
  ) {}

  /**
   * To the relative named, or the first in call order who has a mobile. The same text to the same
   * phone again is a repeat (a double click sends one message); changed totals make a new text.
   */
  async send(elderId: string, input: { month: string; relativeId?: string }, user: PublicUser) {
    if (input.month > this.months.current()) throw errors.invalidInput([{ path: 'month', message: `${input.month} has not begun` }]);
    // The statement checks the caller's area scope first: an elder out of reach is "not found".
    const statement = await this.statements.of(elderId, input.month, user);
    const { relative, phone } = await this.recipient(elderId, input.relativeId);
    const params = {
      elderName: statement.elder.name,
      month: monthLabel(statement.month),
      count: String(servicesOf(statement.lines)),
      amount: yuan(statement.totals.amount),
      subsidy: yuan(statement.totals.subsidy),
      elderShare: yuan(statement.totals.elderShare),
    };
    const digest = crypto.createHash('sha256').update(JSON.stringify([relative.id, phone, params])).digest('hex').slice(0, 32);
    const { message, created } = await this.outbox.record(
      { key: `statement:${elderId}:${statement.month}:${digest}`, phone, recipientName: relative.name.slice(0, 50), templateKey: STATEMENT_SMS_TEMPLATE, params, source: 'billing.statement' },
      // The elder's area: only the SMS readers who may see the elder see the text.
      { outboxSends: true, areaPath: (await this.dataSource.getRepository(ElderEntity).findOneByOrFail({ id: elderId })).areaPath },
    );
    return { message: { id: message.id, recipient: maskPhone(message.phone), recipientName: message.recipientName, content: message.content, status: message.status }, repeated: !created };
  }

  private async recipient(elderId: string, relativeId: string | undefined): Promise<{ relative: Relative; phone: string }> {
    const relatives = await this.dataSource.getRepository(RelativeEntity).find({ where: { elderId }, order: { callOrder: 'ASC' } });
    if (relativeId !== undefined) {
      const relative = relatives.find((r) => r.id === relativeId);
      if (!relative) throw errors.notFound(`Relative ${relativeId} of this elder`);
      const phone = mobileOf(relative);
      if (!phone) throw errors.conflict(`${relative.name} has no mobile phone to text`);
      return { relative, phone };
    }
    for (const relative of relatives) {
      const phone = mobileOf(relative);
      if (phone) return { relative, phone };
    }
    throw errors.conflict('The elder has no relative with a mobile phone: add one to the elder file first');
  }
}
