import { OutboundPolicy, OutboundRefusedError } from '@careflow/connectors';
import { DataSource, In, Repository } from 'typeorm';
import { duplicateAs } from '../../db/errors';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { ServiceTypeEntity } from '../service-types/entities';
import { HandoverSource, HandoverSourceEntity } from './entities';

export type SourceFields = Omit<HandoverSource, 'code' | 'secret' | 'updatedAt'>;
export type SourceView = Omit<HandoverSource, 'secret'>;

const view = ({ secret: _secret, ...shown }: HandoverSource): SourceView => shown;

/** 转办件 sources: an admin sets each one's secret, callback URL and category → service type mapping. */
export class HandoverSources {
  private readonly repo: Repository<HandoverSource>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbound: OutboundPolicy,
    private readonly audit: AuditLog,
  ) {
    this.repo = dataSource.getRepository(HandoverSourceEntity);
  }

  async list(): Promise<SourceView[]> {
    return (await this.repo.find({ order: { code: 'ASC' } })).map(view);
  }

  /** The source, whatever its state: the intake and the reporter read its secret. */
  find(code: string): Promise<HandoverSource | null> {
    return this.repo.findOneBy({ code });
  }

  async create(input: SourceFields & { code: string; secret: string }, actor: Actor): Promise<SourceView> {
    await this.check(input);
    const row: HandoverSource = { ...input, updatedAt: new Date() };
    await duplicateAs(this.repo.insert(row), () => errors.conflict(`A source ${input.code} exists already`));
    await this.audit.record(actor, { action: 'handover-source.create', entityType: 'handover-source', entityId: row.code, after: view(row) });
    return view(row);
  }

  async update(code: string, input: SourceFields & { secret?: string }, actor: Actor): Promise<SourceView> {
    const before = await this.repo.findOneBy({ code });
    if (!before) throw errors.notFound(`Handover source ${code}`);
    await this.check(input);
    const row: HandoverSource = { ...before, ...input, secret: input.secret ?? before.secret, updatedAt: new Date() };
    await this.repo.save(row);
    await this.audit.record(actor, { action: 'handover-source.update', entityType: 'handover-source', entityId: code, before: view(before), after: { ...view(row), secretChanged: Boolean(input.secret) } });
    return view(row);
  }

  /** Every mapped type exists; the callback URL is an address CareFlow calls (checked again on every post). */
  private async check(input: SourceFields): Promise<void> {
    const keys = [...new Set([input.defaultServiceType, ...Object.values(input.mapping)])];
    const known = new Set((await this.dataSource.getRepository(ServiceTypeEntity).findBy({ key: In(keys) })).map((t) => t.key));
    const problems = [
      ...(known.has(input.defaultServiceType) ? [] : [{ path: 'defaultServiceType', message: `unknown service type ${input.defaultServiceType}` }]),
      ...Object.entries(input.mapping)
        .filter(([, key]) => !known.has(key))
        .map(([category, key]) => ({ path: `mapping.${category}`, message: `unknown service type ${key}` })),
    ];
    if (problems.length > 0) throw errors.invalidInput(problems);
    if (!input.callbackUrl) return;
    await this.outbound.check(input.callbackUrl).catch((error: unknown) => {
      if (error instanceof OutboundRefusedError) throw errors.invalidInput([{ path: 'callbackUrl', message: error.message, code: 'address_refused' }], 'CareFlow does not call this address');
      throw error;
    });
  }
}
