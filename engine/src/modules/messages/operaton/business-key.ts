import { DataSource } from 'typeorm';
import { CaseEntity } from '../../cases/entities';
import { DispatchEntity } from '../../dispatches/entities';

/**
 * The business key a message correlates by on Operaton: every case's process carries its case
 * number. A message keyed by an order (a provider's answer to dispatch d) goes to that order's case;
 * a key that is neither is kept as it is (and waits, within its time to live, for a process with it).
 */
export async function businessKeyOf(dataSource: DataSource, correlationKey: string): Promise<string> {
  if (await dataSource.getRepository(CaseEntity).existsBy({ caseNumber: correlationKey })) return correlationKey;
  const dispatch = await dataSource.getRepository(DispatchEntity).findOneBy({ id: correlationKey });
  if (!dispatch?.caseId) return correlationKey;
  const found = await dataSource.getRepository(CaseEntity).findOneBy({ id: dispatch.caseId });
  return found?.caseNumber ?? correlationKey;
}
