import { MigrationInterface, QueryRunner } from 'typeorm';
import { SmsTemplateEntity } from '../../sms/entities';
import { templateParams } from '../../sms/render';
import { NEW_ORDER_SMS, STAFF_ORDER_SMS } from '../order-sms-templates';

const SEEDS = [NEW_ORDER_SMS, STAFF_ORDER_SMS];

/** The texts of a new order to its provider and of an assignment to the worker (see OrderNotices); keys already taken are left alone. */
export class NewOrderSmsTemplates1766810100000 implements MigrationInterface {
  name = 'NewOrderSmsTemplates1766810100000';

  async up(runner: QueryRunner): Promise<void> {
    const repository = runner.manager.getRepository(SmsTemplateEntity);
    const now = new Date();
    for (const seed of SEEDS) {
      if (await repository.existsBy({ key: seed.key })) continue;
      await repository.insert({ ...seed, params: templateParams(seed.content).params, createdAt: now, updatedAt: now });
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    // Only the untouched seeds go: an edited template is the bureau's own by now.
    for (const seed of SEEDS) await runner.manager.getRepository(SmsTemplateEntity).delete({ key: seed.key, content: seed.content });
  }
}
