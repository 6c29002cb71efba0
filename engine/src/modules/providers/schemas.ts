import { z } from 'zod';
import {
  newProviderBody,
  newServiceItemBody,
  newStaffBody,
  providerChangesBody,
  providerQuery,
  serviceItemChangesBody,
  staffChangesBody,
  staffQuery,
} from '@careflow/contracts';

/**
 * What the providers' services take, inferred from the shapes the API and the Excel import accept
 * (@careflow/contracts); the services check the rest (checksums, phones, dates, prices, references).
 * Money is in fen.
 */
export type NewServiceItemInput = z.infer<typeof newServiceItemBody>;
export type ServiceItemChangesInput = z.infer<typeof serviceItemChangesBody>;
export type ProviderInput = z.infer<typeof newProviderBody>;
export type ProviderChangesInput = z.infer<typeof providerChangesBody>;
export type ProviderFilter = z.infer<typeof providerQuery>;
export type StaffInput = z.infer<typeof newStaffBody>;
export type StaffChangesInput = z.infer<typeof staffChangesBody>;
export type StaffFilter = z.infer<typeof staffQuery>;
