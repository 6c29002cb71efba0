import { z } from 'zod';
import { calendarDate, timestamp } from '../wire';
import { areaCode } from './areas';

// 服务项目, 服务商 and 服务人员. Money is in fen (1/100 yuan) everywhere. The services check the rest
// (checksums, phones, dates, prices, references).

export const PROVIDER_NATURES = ['enterprise', 'private_non_enterprise', 'public_institution', 'individual'] as const;
export const providerNature = z.enum(PROVIDER_NATURES);
export type ProviderNature = z.infer<typeof providerNature>;
export const PROVIDER_STATUSES = ['active', 'suspended', 'terminated'] as const;
export const providerStatus = z.enum(PROVIDER_STATUSES);
export type ProviderStatus = z.infer<typeof providerStatus>;
export const STAFF_STATUSES = ['active', 'on_leave', 'left'] as const;
export const staffStatus = z.enum(STAFF_STATUSES);
export type StaffStatus = z.infer<typeof staffStatus>;

export const serviceItemCode = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'lower-case letters, digits or _, starting with a letter (≤ 64)');
const fen = z.number().int('whole fen').min(0).max(100_000_000);
const text = (max: number) => z.string().trim().min(1, 'required').max(max);
const page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(20) };
const nonEmpty = (v: object) => Object.keys(v).length > 0;

const itemFields = { name: text(100), category: text(64), unit: text(16), defaultPrice: fen, minPrice: fen, maxPrice: fen, active: z.boolean() };
/** POST /api/service-items. */
export const newServiceItemBody = z.strictObject({ code: serviceItemCode, ...itemFields, active: itemFields.active.default(true) });
/** PATCH /api/service-items/:code: new price limits must still hold every provider's price. */
export const serviceItemChangesBody = z.strictObject(itemFields).partial().refine(nonEmpty, 'nothing to change');
export const serviceItemQuery = z.strictObject({ category: z.string().max(64).optional(), active: z.enum(['true', 'false']).optional() });

const providerFields = {
  name: text(200),
  creditCode: z.string().trim().toUpperCase().min(1, 'required').max(18),
  address: text(255),
  nature: providerNature,
  contactName: text(64),
  contactPhone: text(32),
  contractFrom: calendarDate,
  contractTo: calendarDate,
  capacity: z.number().int().min(1).max(100_000),
  status: providerStatus,
  areas: z.array(areaCode).min(1, 'at least one area').max(500),
  items: z.array(z.strictObject({ code: serviceItemCode, price: fen })).max(500),
};
/** POST /api/providers. */
export const newProviderBody = z.strictObject({ ...providerFields, status: providerFields.status.default('active'), items: providerFields.items.default([]) });
/** PATCH /api/providers/:id (its own admin: the contact and item prices only). */
export const providerChangesBody = z.strictObject(providerFields).partial().refine(nonEmpty, 'nothing to change');
/** The most a provider's terms may charge for a case canceled after its worker started: 1,000 yuan. */
export const MAX_CANCEL_FEE = 100_000;
/**
 * PUT /api/providers/:id/cancellation-terms (managers): the fee (fen, 0 = free) charged to the elder
 * when a case is canceled after the worker started, and a short text of the terms shown to agents.
 */
export const cancellationTermsBody = z.strictObject({
  cancelFee: z.number().int('whole fen').min(0, 'no negative fee').max(MAX_CANCEL_FEE, `at most ${MAX_CANCEL_FEE} fen`),
  cancelTerms: z.string().trim().max(200).nullable().transform((v) => v || null),
});
/** GET /api/providers: by name or credit code, status, an item offered and an area served (paged). */
export const providerQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional(),
  status: providerStatus.optional(),
  item: serviceItemCode.optional(),
  area: areaCode.optional(),
  ...page,
});

const staffFields = {
  name: text(64),
  phone: text(32),
  skills: z.array(serviceItemCode).max(100),
  areas: z.array(areaCode).min(1, 'at least one area').max(200),
  status: staffStatus,
};
/** POST /api/providers/:id/staff. */
export const newStaffBody = z.strictObject({ ...staffFields, skills: staffFields.skills.default([]), status: staffFields.status.default('active') });
/** PATCH /api/providers/:id/staff/:staffId. */
export const staffChangesBody = z.strictObject(staffFields).partial().refine(nonEmpty, 'nothing to change');
/** GET /api/providers/:id/staff: by status, skill and area (paged). */
export const staffQuery = z.strictObject({ status: staffStatus.optional(), skill: serviceItemCode.optional(), area: areaCode.optional(), ...page });

/** 服务项目: what providers offer, with the bureau's price limits (fen). */
export const serviceItemView = z.object({
  code: z.string(),
  name: z.string(),
  /** A code of the service_category dictionary. */
  category: z.string(),
  /** 次, 小时, 份 … */
  unit: z.string(),
  defaultPrice: z.number().int(),
  minPrice: z.number().int(),
  maxPrice: z.number().int(),
  active: z.boolean(),
  updatedAt: timestamp,
});

/** A service item a provider offers, at its own price (fen). */
const offeredItem = z.object({ code: z.string(), price: z.number().int() });

/** 服务商, with the areas it serves (codes) and the items it offers at its prices, both sorted by code. */
export const providerView = z.object({
  id: z.string(),
  name: z.string(),
  /** 统一社会信用代码, upper-cased. */
  creditCode: z.string(),
  address: z.string(),
  nature: providerNature,
  contactName: z.string(),
  /** Digits only; masked for roles that do not manage the provider. */
  contactPhone: z.string(),
  /** YYYY-MM-DD */
  contractFrom: z.string(),
  contractTo: z.string(),
  /** Orders the provider takes at once. */
  capacity: z.number().int(),
  /** 0–5 with one decimal; set by evaluations, not through the API. */
  rating: z.number().nullable(),
  status: providerStatus,
  /** Charged (fen) when a case is canceled after the worker started; 0: free. Set through /cancellation-terms. */
  cancelFee: z.number().int(),
  /** The cancellation terms in words, shown to agents before they cancel. */
  cancelTerms: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  areas: z.array(z.string()),
  items: z.array(offeredItem),
});

/** 服务人员, with their skills (item codes) and areas (area codes), both sorted. */
export const staffView = z.object({
  id: z.string(),
  providerId: z.string(),
  name: z.string(),
  /** A mobile number, digits only; masked for roles that do not manage the provider. */
  phone: z.string(),
  status: staffStatus,
  createdAt: timestamp,
  updatedAt: timestamp,
  skills: z.array(z.string()),
  areas: z.array(z.string()),
});

export const serviceItemListAnswer = z.object({ items: z.array(serviceItemView) });
export const serviceItemAnswer = z.object({ item: serviceItemView });
export const providerPage = z.object({ providers: z.array(providerView), total: z.number().int() });
export const providerAnswer = z.object({ provider: providerView });
export const staffPage = z.object({ staff: z.array(staffView), total: z.number().int() });
export const staffAnswer = z.object({ staff: staffView });
