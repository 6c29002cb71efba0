import type { ProviderFeedbackView } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { errors } from '../../http/errors';
import { CaseEntity } from '../cases/entities';
import { DispatchEntity } from '../dispatches/entities';
import { PublicUser } from '../identity/entities';
import { readsAll, requireReadable } from '../providers/access';
import { ServiceItemEntity } from '../providers/entities';
import { ProviderFeedback, ProviderFeedbackEntity } from './entities';

export type FeedbackPage = { page: number; pageSize: number; complaintsOnly?: boolean };

/** The hotline reads every provider's evaluations; a provider's admin reads its own, its staff none. */
export function requireFeedbackReader(user: PublicUser, providerId: string): void {
  requireReadable(user, providerId);
  if (!readsAll(user) && !user.roles.includes('provider_admin')) throw errors.forbidden();
}

/** One page of a provider's evaluations, newest first, with the case number and item each is about. */
export async function feedbackPage(dataSource: DataSource, providerId: string, query: FeedbackPage): Promise<{ rows: ProviderFeedbackView[]; total: number }> {
  const where = { providerId, ...(query.complaintsOnly ? { complaint: true } : {}) };
  const [rows, total] = await dataSource.getRepository(ProviderFeedbackEntity).findAndCount({ where, order: { recordedAt: 'DESC', id: 'DESC' }, skip: (query.page - 1) * query.pageSize, take: query.pageSize });
  return { rows: await feedbackViews(dataSource, rows), total };
}

export async function feedbackViews(dataSource: DataSource, rows: ProviderFeedback[]): Promise<ProviderFeedbackView[]> {
  if (rows.length === 0) return [];
  const orders = await dataSource.getRepository(DispatchEntity).find({ select: { id: true, serviceItem: true }, where: { id: In(rows.map((r) => r.dispatchId)) } });
  const caseIds = [...new Set(rows.map((r) => r.caseId).filter((c): c is string => c !== null))];
  const [cases, items] = await Promise.all([
    caseIds.length ? dataSource.getRepository(CaseEntity).find({ select: { id: true, caseNumber: true }, where: { id: In(caseIds) } }) : [],
    dataSource.getRepository(ServiceItemEntity).find({ select: { code: true, name: true }, where: { code: In([...new Set(orders.map((o) => o.serviceItem))]) } }),
  ]);
  return rows.map(({ key: _key, recordedBy: _by, ...row }) => {
    const item = orders.find((o) => o.id === row.dispatchId)?.serviceItem;
    return {
      ...row,
      caseNumber: cases.find((c) => c.id === row.caseId)?.caseNumber ?? null,
      serviceItemName: items.find((i) => i.code === item)?.name ?? item ?? '',
    };
  });
}
