import { EntitySchema } from 'typeorm';
import type { ProviderNature, ProviderStatus } from '@careflow/contracts';
import { column, named } from '../../db/columns';

export { PROVIDER_NATURES, PROVIDER_STATUSES } from '@careflow/contracts';
export type { ProviderNature, ProviderStatus };

/** 服务项目: what providers offer, with the bureau's price limits. Money is in fen (1/100 yuan). */
export interface ServiceItem {
  code: string;
  name: string;
  /** A code of the service_category dictionary. */
  category: string;
  /** 次, 小时, 份 … */
  unit: string;
  defaultPrice: number;
  minPrice: number;
  maxPrice: number;
  active: boolean;
  updatedAt: Date;
}

/** 服务商: a contracted service provider. */
export interface Provider {
  id: string;
  name: string;
  /** 统一社会信用代码, upper-cased. */
  creditCode: string;
  address: string;
  nature: ProviderNature;
  contactName: string;
  /** Digits only, as parsePhone gives it. */
  contactPhone: string;
  /** YYYY-MM-DD */
  contractFrom: string;
  contractTo: string;
  /** Orders the provider takes at once. */
  capacity: number;
  /** 0–5 with one decimal; set by evaluations later, not through the API. */
  rating: number | null;
  status: ProviderStatus;
  /** 取消条款: the fee (fen) charged when a case is canceled after the worker started; 0 = free. */
  cancelFee: number;
  /** The terms in words, shown to agents before they cancel. */
  cancelTerms: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An area a provider serves, with the area's path so a subtree is a prefix. */
export interface ProviderArea {
  providerId: string;
  areaCode: string;
  areaPath: string;
}

/** A service item a provider offers, at its own price (fen). */
export interface ProviderItem {
  providerId: string;
  itemCode: string;
  price: number;
}

const fen = (name: string) => ({ type: 'int' as const, name });

export const ServiceItemEntity = new EntitySchema<ServiceItem>({
  name: 'ServiceItem',
  tableName: 'service_items',
  columns: {
    code: { type: 'varchar', length: 64, primary: true },
    name: column.text(100),
    category: column.text(64),
    unit: column.text(16),
    defaultPrice: fen('default_price'),
    minPrice: fen('min_price'),
    maxPrice: fen('max_price'),
    active: column.flag(),
    updatedAt: named('updated_at', column.time()),
  },
});

export const ProviderEntity = new EntitySchema<Provider>({
  name: 'Provider',
  tableName: 'providers',
  columns: {
    id: column.id(),
    name: column.text(200),
    creditCode: named('credit_code', column.text(18)),
    address: column.text(255),
    nature: column.text(32),
    contactName: named('contact_name', column.text(64)),
    contactPhone: named('contact_phone', column.text(20)),
    contractFrom: named('contract_from', column.text(10)),
    contractTo: named('contract_to', column.text(10)),
    capacity: { type: 'int' },
    // DECIMAL comes back as a string on MySQL.
    rating: { type: 'decimal', precision: 2, scale: 1, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) } },
    status: column.text(16),
    cancelFee: { type: 'int', name: 'cancel_fee', default: 0 },
    cancelTerms: named('cancel_terms', column.text(200, true)),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
  uniques: [{ name: 'uq_providers_credit_code', columns: ['creditCode'] }],
});

export const ProviderAreaEntity = new EntitySchema<ProviderArea>({
  name: 'ProviderArea',
  tableName: 'provider_areas',
  columns: {
    providerId: { ...column.text(36), primary: true, name: 'provider_id' },
    areaCode: { ...column.text(32), primary: true, name: 'area_code' },
    areaPath: named('area_path', column.text(200)),
  },
  indices: [
    { name: 'ix_provider_areas_code', columns: ['areaCode'] },
    { name: 'ix_provider_areas_path', columns: ['areaPath'] },
  ],
});

export const ProviderItemEntity = new EntitySchema<ProviderItem>({
  name: 'ProviderItem',
  tableName: 'provider_items',
  columns: {
    providerId: { ...column.text(36), primary: true, name: 'provider_id' },
    itemCode: { ...column.text(64), primary: true, name: 'item_code' },
    price: { type: 'int' },
  },
  indices: [{ name: 'ix_provider_items_item', columns: ['itemCode'] }],
});
