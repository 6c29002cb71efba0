import type { Satisfaction } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { AreaEntity } from '../areas/entities';
import { UserEntity } from '../identity/entities';
import { ProviderEntity, ServiceItemEntity } from '../providers/entities';
import { ServiceTypeEntity } from '../service-types/entities';

/** 渠道 as the reports name them. */
export const CHANNEL_LABELS: Record<string, string> = { phone: '电话', alarm: '一键呼叫', sms: '短信', web: '网页', mailbox: '信箱', tv: '电视', plan: '周期性需求', handover: '转办件' };

/** 满意度 as the reports' sheets name the levels. */
export const SATISFACTION_LABELS: Record<Satisfaction, string> = { very_satisfied: '非常满意', satisfied: '满意', neutral: '一般', unsatisfied: '不满意', very_unsatisfied: '非常不满意' };

/** What a report row is grouped by; day and button keys are their own labels. */
export type LabeledGroup = 'type' | 'channel' | 'area' | 'day' | 'button' | 'provider' | 'item' | 'agent';

/** The names a report shows for its group keys: service types', areas', providers', service items' and agents' names, channels' labels. */
export async function groupLabels(dataSource: DataSource, group: LabeledGroup, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  if (group === 'channel') return new Map(Object.entries(CHANNEL_LABELS));
  if (group === 'type') return new Map((await dataSource.getRepository(ServiceTypeEntity).findBy({ key: In(keys) })).map((t) => [t.key, t.nameZh]));
  if (group === 'area') return new Map([['', '（无区域）'], ...(await dataSource.getRepository(AreaEntity).find({ where: { path: In(keys.filter(Boolean)) }, select: { path: true, name: true } })).map((a) => [a.path, a.name] as [string, string])]);
  if (group === 'provider') return new Map((await dataSource.getRepository(ProviderEntity).findBy({ id: In(keys) })).map((p) => [p.id, p.name]));
  if (group === 'item') return new Map((await dataSource.getRepository(ServiceItemEntity).findBy({ code: In(keys) })).map((i) => [i.code, i.name]));
  if (group === 'agent') return new Map([['', '（无坐席）'], ...(await dataSource.getRepository(UserEntity).findBy({ username: In(keys.filter(Boolean)) })).map((u) => [u.username, u.displayName] as [string, string])]);
  if (group === 'button') return new Map([['', '（无按键）']]);
  return new Map();
}
