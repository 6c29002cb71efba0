// Shapes of the providers API. Money is in fen (1/100 yuan) everywhere.

export const PROVIDER_STATUSES = ['active', 'suspended', 'terminated'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];
export const PROVIDER_NATURES = ['enterprise', 'private_non_enterprise', 'public_institution', 'individual'] as const;
export type ProviderNature = (typeof PROVIDER_NATURES)[number];
export const STAFF_STATUSES = ['active', 'on_leave', 'left'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

export interface ServiceItem {
  code: string;
  name: string;
  /** A code of the service_category dictionary. */
  category: string;
  unit: string;
  defaultPrice: number;
  minPrice: number;
  maxPrice: number;
  active: boolean;
}

export interface OfferedItem {
  code: string;
  price: number;
}

export interface Provider {
  id: string;
  name: string;
  creditCode: string;
  address: string;
  nature: ProviderNature;
  contactName: string;
  contactPhone: string;
  contractFrom: string;
  contractTo: string;
  capacity: number;
  rating: number | null;
  status: ProviderStatus;
  areas: string[];
  items: OfferedItem[];
}

export type ProviderInput = Omit<Provider, 'id' | 'rating'>;

export interface Staff {
  id: string;
  providerId: string;
  name: string;
  phone: string;
  status: StaffStatus;
  skills: string[];
  areas: string[];
}

export type StaffInput = Pick<Staff, 'name' | 'phone' | 'status' | 'skills' | 'areas'>;

export interface ProviderQuery {
  q?: string;
  status?: ProviderStatus;
  item?: string;
  area?: string;
  page: number;
  pageSize: number;
}
