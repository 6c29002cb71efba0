import { MigrationInterface, QueryRunner } from 'typeorm';
import { SmsTemplateEntity } from '../../sms/entities';
import { templateParams } from '../../sms/render';
import { STATEMENT_SMS_TEMPLATE } from '../statement-sms';

/** The text of 收费清单 sent to a relative (see StatementSms); admins edit it on the SMS page like every template. */
export const STATEMENT_SMS_SEED = {
  key: STATEMENT_SMS_TEMPLATE,
  name: '月度账单通知亲属',
  content: '【养老服务热线】{{elderName}}{{month}}服务{{count}}次，合计{{amount}}，补贴{{subsidy}}，自付{{elderShare}}。详询12349',
};

export class StatementSmsTemplate1766650000000 implements MigrationInterface {
  name = 'StatementSmsTemplate1766650000000';

  async up(runner: QueryRunner): Promise<void> {
    const repository = runner.manager.getRepository(SmsTemplateEntity);
    if (await repository.existsBy({ key: STATEMENT_SMS_SEED.key })) return;
    const now = new Date();
    await repository.insert({ ...STATEMENT_SMS_SEED, params: templateParams(STATEMENT_SMS_SEED.content).params, createdAt: now, updatedAt: now });
  }

  async down(runner: QueryRunner): Promise<void> {
    // Only the untouched seed goes: an edited template is the bureau's own by now.
    await runner.manager.getRepository(SmsTemplateEntity).delete({ key: STATEMENT_SMS_SEED.key, content: STATEMENT_SMS_SEED.content });
  }
}
