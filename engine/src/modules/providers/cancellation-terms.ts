import { cancellationTermsBody } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { retryingTransaction } from '../../db/retry';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { ProviderEntity } from './entities';

export type CancellationTerms = z.infer<typeof cancellationTermsBody>;

/**
 * 取消条款: what a provider charges when a case is canceled after its worker started. The bureau
 * (admins, supervisors) sets them; everyone who reads the provider reads them. The body's schema
 * refuses a negative, fractional or too large fee before anything is read.
 */
export class ProviderCancellationTerms {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async set(providerId: string, terms: CancellationTerms, actor: Actor): Promise<void> {
    await retryingTransaction(this.dataSource, async (m) => {
      const before = await m.getRepository(ProviderEntity).findOneBy({ id: providerId });
      if (!before) throw errors.notFound(`Provider ${providerId}`);
      if (before.cancelFee === terms.cancelFee && before.cancelTerms === terms.cancelTerms) return;
      await m.getRepository(ProviderEntity).update({ id: providerId }, { cancelFee: terms.cancelFee, cancelTerms: terms.cancelTerms, updatedAt: new Date() });
      const audited = (p: { cancelFee: number; cancelTerms: string | null }) => ({ cancelFee: p.cancelFee, cancelTerms: p.cancelTerms });
      await this.audit.record(actor, { action: 'provider.cancellation_terms', entityType: 'provider', entityId: providerId, before: audited(before), after: audited(terms) }, m);
    });
  }
}
