import { DataSource } from 'typeorm';
import { Handover, HandoverEntity } from './entities';

export interface HandoverFilter {
  source?: string;
  page: number;
  pageSize: number;
}

const view = ({ openReference: _open, reportInstanceId: _instance, reportCheckedAt: _checked, createdAt: _created, ...shown }: Handover) => shown;

/** 转办件 as they came in, newest first, with the state of their report back. */
export async function listHandovers(dataSource: DataSource, filter: HandoverFilter) {
  const [rows, total] = await dataSource.getRepository(HandoverEntity).findAndCount({
    where: filter.source ? { source: filter.source } : {},
    order: { receivedAt: 'DESC', id: 'ASC' },
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
  });
  return { handovers: rows.map(view), total };
}
