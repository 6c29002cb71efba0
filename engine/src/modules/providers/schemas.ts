import { z } from 'zod';
import { AreaCode } from '../areas/routes';
import { PROVIDER_NATURES, PROVIDER_STATUSES } from './entities';
import { STAFF_STATUSES } from './staff-entities';

/**
 * The shapes of what the API and the Excel import accept; the services check the rest (checksums,
 * phones, dates, prices, references). Money is in fen.
 */
export const ItemCode = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'lower-case letters, digits or _, starting with a letter (≤ 64)');
export const Fen = z.number().int('whole fen').min(0).max(100_000_000);
export const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const Text = (max: number) => z.string().trim().min(1, 'required').max(max);
const Page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };
const nonEmpty = (v: object) => Object.keys(v).length > 0;

const ItemFields = { name: Text(100), category: Text(64), unit: Text(16), defaultPrice: Fen, minPrice: Fen, maxPrice: Fen, active: z.boolean() };
export const NewServiceItem = z.strictObject({ code: ItemCode, ...ItemFields, active: ItemFields.active.default(true) });
export const ServiceItemChanges = z.strictObject(ItemFields).partial().refine(nonEmpty, 'nothing to change');
export const ServiceItemQuery = z.strictObject({ category: z.string().max(64).optional(), active: z.enum(['true', 'false']).optional() });

const ProviderFields = {
  name: Text(200),
  creditCode: z.string().trim().toUpperCase().min(1, 'required').max(18),
  address: Text(255),
  nature: z.enum(PROVIDER_NATURES),
  contactName: Text(64),
  contactPhone: Text(32),
  contractFrom: DateText,
  contractTo: DateText,
  capacity: z.number().int().min(1).max(100_000),
  status: z.enum(PROVIDER_STATUSES),
  areas: z.array(AreaCode).min(1, 'at least one area').max(500),
  items: z.array(z.strictObject({ code: ItemCode, price: Fen })).max(500),
};
export const NewProvider = z.strictObject({ ...ProviderFields, status: ProviderFields.status.default('active'), items: ProviderFields.items.default([]) });
export const ProviderChanges = z.strictObject(ProviderFields).partial().refine(nonEmpty, 'nothing to change');
export const ProviderQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional(),
  status: z.enum(PROVIDER_STATUSES).optional(),
  item: ItemCode.optional(),
  area: AreaCode.optional(),
  ...Page,
});

const StaffFields = {
  name: Text(64),
  phone: Text(32),
  skills: z.array(ItemCode).max(100),
  areas: z.array(AreaCode).min(1, 'at least one area').max(200),
  status: z.enum(STAFF_STATUSES),
};
export const NewStaff = z.strictObject({ ...StaffFields, skills: StaffFields.skills.default([]), status: StaffFields.status.default('active') });
export const StaffChanges = z.strictObject(StaffFields).partial().refine(nonEmpty, 'nothing to change');
export const StaffQuery = z.strictObject({ status: z.enum(STAFF_STATUSES).optional(), skill: ItemCode.optional(), area: AreaCode.optional(), ...Page });

export type NewServiceItemInput = z.infer<typeof NewServiceItem>;
export type ServiceItemChangesInput = z.infer<typeof ServiceItemChanges>;
export type ProviderInput = z.infer<typeof NewProvider>;
export type ProviderChangesInput = z.infer<typeof ProviderChanges>;
export type ProviderFilter = z.infer<typeof ProviderQuery>;
export type StaffInput = z.infer<typeof NewStaff>;
export type StaffChangesInput = z.infer<typeof StaffChanges>;
export type StaffFilter = z.infer<typeof StaffQuery>;
