import type { Provider, ProviderInput } from '../../api/provider-types';
import { fenToYuan, yuanToFen } from './money';

/** The form holds prices in yuan; the API takes fen. */
export type ProviderFormValues = Omit<ProviderInput, 'items'> & { items: { code?: string; price?: number | null }[] };

export const NEW_PROVIDER: Partial<ProviderFormValues> = { status: 'active', nature: 'enterprise', capacity: 10, areas: [], items: [] };

export const toProviderValues = (p: Provider): ProviderFormValues => ({ ...p, items: p.items.map((i) => ({ code: i.code, price: fenToYuan(i.price) })) });

export function toProviderInput(v: ProviderFormValues): ProviderInput {
  return {
    name: v.name?.trim(),
    creditCode: v.creditCode?.trim(),
    address: v.address?.trim(),
    nature: v.nature,
    contactName: v.contactName?.trim(),
    contactPhone: v.contactPhone?.trim(),
    contractFrom: v.contractFrom?.trim(),
    contractTo: v.contractTo?.trim(),
    capacity: v.capacity,
    status: v.status,
    areas: v.areas ?? [],
    items: (v.items ?? []).map((i) => ({ code: i.code ?? '', price: yuanToFen(i.price ?? 0) })),
  };
}

/**
 * Only the fields that differ from the stored provider: a provider's own admin may change just the
 * contact and prices, and the engine refuses a PATCH that names anything else.
 */
export function changedFields(before: Provider, after: ProviderInput): Partial<ProviderInput> {
  const changes: Partial<Record<keyof ProviderInput, unknown>> = {};
  for (const key of Object.keys(after) as (keyof ProviderInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  return changes as Partial<ProviderInput>;
}
