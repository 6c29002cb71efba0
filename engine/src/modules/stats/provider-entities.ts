import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/**
 * The sums one provider row keeps (see /reports/definitions): the orders that ended, by how, with
 * the accept and work times, the evaluations (服务评价) recorded, by level, and complaints, and the
 * money charged for the services served (fen).
 */
export const PROVIDER_SUMS = {
  orders: 'orders',
  accepted: 'accepted',
  acceptSec: 'accept_sec',
  rejected: 'rejected',
  expired: 'expired',
  canceled: 'canceled',
  done: 'done',
  workSec: 'work_sec',
  doneWithDue: 'done_with_due',
  doneOnTime: 'done_on_time',
  evaluations: 'evaluations',
  satVerySatisfied: 'sat_very_satisfied',
  satSatisfied: 'sat_satisfied',
  satNeutral: 'sat_neutral',
  satUnsatisfied: 'sat_unsatisfied',
  satVeryUnsatisfied: 'sat_very_unsatisfied',
  complaints: 'complaints',
  amount: 'amount',
  subsidy: 'subsidy',
  elderShare: 'elder_share',
} as const;
export type ProviderSums = Record<keyof typeof PROVIDER_SUMS, number>;

/** Where an order or evaluation falls: a local day, the provider, the order's area and service item. */
export interface ProviderPlace {
  day: string;
  providerId: string;
  areaPath: string;
  serviceItem: string;
}

export type ProviderStat = ProviderSums & ProviderPlace;

/** Pre-aggregated provider figures per local day, provider, area and item: the providers report reads these, never the orders. */
export const ProviderStatEntity = new EntitySchema<ProviderStat>({
  name: 'ProviderStat',
  tableName: 'provider_stats',
  columns: {
    day: { type: 'varchar', length: 10, primary: true },
    providerId: { ...named('provider_id', column.text(36)), primary: true },
    areaPath: { ...named('area_path', column.text(200)), primary: true },
    serviceItem: { ...named('service_item', column.text(64)), primary: true },
    ...Object.fromEntries(Object.entries(PROVIDER_SUMS).map(([k, name]) => [k, { name, type: 'int' as const, default: 0 }])),
  },
});

/** The guard of each order and evaluation counted: written with its sums, so each counts once. */
export interface CountedProviderEvent {
  kind: 'order' | 'feedback' | 'charge';
  refId: string;
  countedAt: Date;
}

export const CountedProviderEventEntity = new EntitySchema<CountedProviderEvent>({
  name: 'CountedProviderEvent',
  tableName: 'counted_provider_events',
  columns: { kind: { type: 'varchar', length: 8, primary: true }, refId: { ...named('ref_id', column.text(36)), primary: true }, countedAt: named('counted_at', column.time()) },
});
