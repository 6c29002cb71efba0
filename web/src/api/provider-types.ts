// Shapes of the providers API, from @careflow/contracts. Money is in fen (1/100 yuan) everywhere.
import type {
  newProviderBody,
  newServiceItemBody,
  newStaffBody,
  providerQuery,
  providerView,
  serviceItemChangesBody,
  serviceItemView,
  staffQuery,
  staffView,
  Wire,
} from '@careflow/contracts';
import type { z } from 'zod';

export { PROVIDER_NATURES, PROVIDER_STATUSES, STAFF_STATUSES } from '@careflow/contracts';
export type { ProviderNature, ProviderStatus, StaffStatus } from '@careflow/contracts';

export type ServiceItem = Wire<typeof serviceItemView>;
export type ServiceItemInput = z.input<typeof newServiceItemBody>;
export type ServiceItemChanges = z.input<typeof serviceItemChangesBody>;
export type Provider = Wire<typeof providerView>;
export type OfferedItem = Provider['items'][number];
export type ProviderInput = z.input<typeof newProviderBody>;
export type Staff = Wire<typeof staffView>;
export type StaffInput = z.input<typeof newStaffBody>;
/** The list's filters and page as the web holds them (the engine fills in defaults itself). */
export type ProviderQuery = z.output<typeof providerQuery>;
export type StaffQuery = z.output<typeof staffQuery>;
