import { DataSource, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { SmsTemplate, SmsTemplateEntity } from './entities';
import { renderTemplate, templateParams } from './render';

export interface TemplateInput {
  key: string;
  name: string;
  content: string;
}

/** 短信模板: admins write them, connectors render them with a process's parameters. */
export class SmsTemplateService {
  private readonly templates: Repository<SmsTemplate>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {
    this.templates = dataSource.getRepository(SmsTemplateEntity);
  }

  list(): Promise<SmsTemplate[]> {
    return this.templates.find({ order: { key: 'ASC' } });
  }

  async get(key: string): Promise<SmsTemplate> {
    const template = await this.templates.findOneBy({ key });
    if (!template) throw errors.notFound(`SMS template ${key}`);
    return template;
  }

  async create(input: TemplateInput, actor: Actor): Promise<SmsTemplate> {
    const now = new Date();
    const template: SmsTemplate = { ...input, params: checkedParams(input.content), createdAt: now, updatedAt: now };
    try {
      await this.dataSource.transaction(async (m) => {
        await m.getRepository(SmsTemplateEntity).insert(asRow(template));
        await this.audit.record(actor, { action: 'sms-template.create', entityType: 'sms-template', entityId: input.key, after: { name: input.name, content: input.content } }, m);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw errors.conflict(`An SMS template with key ${input.key} exists`);
      throw error;
    }
    return template;
  }

  async replace(key: string, input: Omit<TemplateInput, 'key'>, actor: Actor): Promise<SmsTemplate> {
    const before = await this.get(key);
    const template: SmsTemplate = { ...before, ...input, params: checkedParams(input.content), updatedAt: new Date() };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(SmsTemplateEntity).update({ key }, asRow({ name: template.name, content: template.content, params: template.params, updatedAt: template.updatedAt }));
      const audit = { action: 'sms-template.update', entityType: 'sms-template', entityId: key, before: { name: before.name, content: before.content }, after: input };
      await this.audit.record(actor, audit, m);
    });
    return template;
  }

  async remove(key: string, actor: Actor): Promise<void> {
    const before = await this.get(key);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(SmsTemplateEntity).delete({ key });
      await this.audit.record(actor, { action: 'sms-template.delete', entityType: 'sms-template', entityId: key, before: { name: before.name, content: before.content } }, m);
    });
  }

  /** The text a template makes with these parameters; a missing one is a 400 naming it. */
  async render(key: string, params: Record<string, string>): Promise<{ content: string; template: SmsTemplate }> {
    const template = await this.get(key);
    const rendered = renderTemplate(template.content, params);
    if ('problems' in rendered) throw errors.invalidInput(rendered.problems, `SMS template ${key} cannot be rendered with these parameters`);
    return { content: rendered.content, template };
  }
}

function checkedParams(content: string): string[] {
  const { params, problems } = templateParams(content);
  if (problems.length > 0) throw errors.invalidInput(problems);
  return params;
}
