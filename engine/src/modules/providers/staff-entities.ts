import { EntitySchema } from 'typeorm';
import type { StaffStatus } from '@careflow/contracts';
import { column, named } from '../../db/columns';

export { STAFF_STATUSES } from '@careflow/contracts';
export type { StaffStatus };

/** 服务人员: a provider's worker who goes to the elder. */
export interface Staff {
  id: string;
  providerId: string;
  name: string;
  /** A mobile number, digits only; unique within the provider. */
  phone: string;
  status: StaffStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** A service item the staff member can do (one the provider offers). */
export interface StaffSkill {
  staffId: string;
  itemCode: string;
}

/** An area the staff member works in: one the provider serves, or below one. */
export interface StaffArea {
  staffId: string;
  areaCode: string;
  areaPath: string;
}

export const StaffEntity = new EntitySchema<Staff>({
  name: 'ProviderStaff',
  tableName: 'provider_staff',
  columns: {
    id: column.id(),
    providerId: named('provider_id', column.text(36)),
    name: column.text(64),
    phone: column.text(20),
    status: column.text(16),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
  uniques: [{ name: 'uq_provider_staff_phone', columns: ['providerId', 'phone'] }],
});

export const StaffSkillEntity = new EntitySchema<StaffSkill>({
  name: 'ProviderStaffSkill',
  tableName: 'provider_staff_skills',
  columns: {
    staffId: { ...column.text(36), primary: true, name: 'staff_id' },
    itemCode: { ...column.text(64), primary: true, name: 'item_code' },
  },
  indices: [{ name: 'ix_provider_staff_skills_item', columns: ['itemCode'] }],
});

export const StaffAreaEntity = new EntitySchema<StaffArea>({
  name: 'ProviderStaffArea',
  tableName: 'provider_staff_areas',
  columns: {
    staffId: { ...column.text(36), primary: true, name: 'staff_id' },
    areaCode: { ...column.text(32), primary: true, name: 'area_code' },
    areaPath: named('area_path', column.text(200)),
  },
  indices: [
    { name: 'ix_provider_staff_areas_code', columns: ['areaCode'] },
    { name: 'ix_provider_staff_areas_path', columns: ['areaPath'] },
  ],
});
