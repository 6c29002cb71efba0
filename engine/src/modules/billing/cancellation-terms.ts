import { caseCancellationTermsAnswer } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { z } from 'zod';
import { errors } from '../../http/errors';
import { inScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { CaseEntity } from '../cases/entities';
import { DispatchEntity, OPEN_STATUSES } from '../dispatches/entities';
import { PublicUser } from '../identity/entities';
import { ProviderEntity, ServiceItemEntity } from '../providers/entities';
import { feeApplies } from './cancellation-fees';

export type CaseCancellationTerms = z.infer<typeof caseCancellationTermsAnswer>;

/**
 * What canceling a case now would cost, for the cancel dialog: its open orders, each with its
 * provider's terms and the fee it would charge (only once the worker has started). A case outside
 * the reader's area scope is "not found", as the case itself.
 */
export class CancellationTermsReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
  ) {}

  async ofCase(caseId: string, user: PublicUser): Promise<CaseCancellationTerms> {
    const found = await this.dataSource.getRepository(CaseEntity).findOne({ where: { id: caseId }, select: { id: true, areaPath: true } });
    if (!found || (found.areaPath !== null && !inScope(await this.areas.scopeOf(user), found.areaPath))) throw errors.notFound(`Case ${caseId}`);
    const open = await this.dataSource.getRepository(DispatchEntity).find({ where: { caseId, status: In(OPEN_STATUSES) }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (open.length === 0) return { orders: [], fee: 0 };
    const [providers, items] = await Promise.all([
      this.dataSource.getRepository(ProviderEntity).find({ where: { id: In(open.map((d) => d.providerId)) }, select: { id: true, name: true, cancelFee: true, cancelTerms: true } }),
      this.dataSource.getRepository(ServiceItemEntity).find({ where: { code: In(open.map((d) => d.serviceItem)) }, select: { code: true, name: true } }),
    ]);
    const orders = open.map((d) => {
      const p = providers.find((x) => x.id === d.providerId);
      return {
        dispatchId: d.id,
        providerId: d.providerId,
        providerName: p?.name ?? d.providerId,
        serviceItemName: items.find((i) => i.code === d.serviceItem)?.name ?? d.serviceItem,
        status: d.status,
        fee: feeApplies(d.status) ? (p?.cancelFee ?? 0) : 0,
        terms: p?.cancelTerms ?? null,
      };
    });
    return { orders, fee: orders.reduce((sum, o) => sum + o.fee, 0) };
  }
}
