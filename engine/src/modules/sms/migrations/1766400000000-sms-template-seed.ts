import { MigrationInterface, QueryRunner } from 'typeorm';
import { SmsTemplateEntity } from '../entities';
import { templateParams } from '../render';

/** The texts a hotline sends from day one; admins edit them on the SMS page. Keys already taken are left alone. */
export const SEEDED_SMS_TEMPLATES = [
  { key: 'alarm_relatives', name: '报警通知亲属', content: '【养老服务热线】您的家人{{elderName}}于{{time}}触发紧急呼叫，热线正在处理，请尽快回电。工单号 {{caseNumber}}' },
  { key: 'order_dispatched', name: '派单通知服务商', content: '【养老服务热线】您有新的派单：{{item}}，老人{{elderName}}，地址{{address}}。请登录服务商门户接单，工单号 {{caseNumber}}' },
  { key: 'appointment_reminder', name: '上门服务提醒', content: '【养老服务热线】{{elderName}}您好，{{provider}}将于{{time}}上门提供{{item}}服务，如需改约请致电热线。' },
  { key: 'statement_summary', name: '服务结算汇总', content: '【养老服务热线】{{provider}}{{month}}服务结算：共{{count}}单，合计{{amount}}元，明细请登录服务商门户查看。' },
];

export class SmsTemplateSeed1766400000000 implements MigrationInterface {
  name = 'SmsTemplateSeed1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    const repository = runner.manager.getRepository(SmsTemplateEntity);
    const now = new Date();
    for (const template of SEEDED_SMS_TEMPLATES) {
      if (await repository.existsBy({ key: template.key })) continue;
      await repository.insert({ ...template, params: templateParams(template.content).params, createdAt: now, updatedAt: now });
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    // Only the untouched seeds go: an edited template is the bureau's own by now.
    const repository = runner.manager.getRepository(SmsTemplateEntity);
    for (const template of SEEDED_SMS_TEMPLATES) await repository.delete({ key: template.key, content: template.content });
  }
}
