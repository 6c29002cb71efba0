import type { ElderStatus, Gender } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export { ELDER_STATUSES, GENDERS } from '@careflow/contracts';
export type { ElderStatus } from '@careflow/contracts';

export interface Phone {
  number: string;
  kind: 'mobile' | 'landline';
  /** What the number is, e.g. 家里座机. */
  label?: string;
}

export interface Health {
  conditions: string[];
  history: string;
  allergies: string;
  medications: string;
  /** dictionary disability_level */
  disabilityLevel: string | null;
  /** dictionary self_care */
  selfCare: string | null;
}

export interface Contact {
  name: string;
  phone: string | null;
  /** a clinic or an organization */
  place?: string;
}

/** 老人档案: who the hotline serves. Relatives and terminals are rows of their own. */
export interface Elder {
  id: string;
  name: string;
  /** Pinyin initials of the name, for search as agents type (张三丰 → zsf). */
  nameInitials: string;
  gender: Gender;
  birthDate: string;
  idCard: string | null;
  phones: Phone[];
  address: string;
  areaCode: string;
  /** The area's path, copied so area scope is a prefix match on the elder row. */
  areaPath: string;
  livingSituation: string | null;
  health: Health;
  doctor: Contact | null;
  communityWorker: Contact | null;
  subsidyCategory: string | null;
  interests: string[];
  /** For staff only. */
  notes: string;
  /** What a provider's worker needs to know at the door (stairs, dog, key with the neighbour). */
  serviceNotes: string;
  /** A photo in the file store, so agents and workers recognise the elder. */
  photoFileId: string | null;
  status: ElderStatus;
  /** Bumped by every change: an edit based on an older version is refused. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Relative {
  id: string;
  elderId: string;
  /** 1 is called first. */
  callOrder: number;
  name: string;
  /** dictionary relation_type */
  relation: string;
  phones: Phone[];
  livesNearby: boolean;
}

export interface TerminalButton {
  button: string;
  meaning: string;
}

export interface Terminal {
  id: string;
  elderId: string;
  /** dictionary terminal_type */
  type: string;
  number: string | null;
  deviceId: string | null;
  buttons: TerminalButton[];
}

/** Every phone number that leads to an elder: theirs, a relative's, a terminal's. */
export interface PhoneLink {
  phone: string;
  elderId: string;
  source: 'elder' | 'relative' | 'terminal';
  /** The relative's name when source is relative. */
  via: string | null;
}

export interface StatusChange {
  id: string;
  elderId: string;
  status: ElderStatus;
  note: string;
  at: Date;
  actorName: string | null;
}

export const ElderEntity = new EntitySchema<Elder>({
  name: 'Elder',
  tableName: 'elders',
  columns: {
    id: column.id(),
    name: column.text(50),
    nameInitials: named('name_initials', column.text(50)),
    gender: column.text(8),
    birthDate: named('birth_date', column.text(10)),
    idCard: named('id_card', column.text(18, true)),
    phones: column.json(),
    address: column.text(255),
    areaCode: named('area_code', column.text(32)),
    areaPath: named('area_path', column.text(200)),
    livingSituation: named('living_situation', column.text(32, true)),
    health: column.json(),
    doctor: column.json(true),
    communityWorker: named('community_worker', column.json(true)),
    subsidyCategory: named('subsidy_category', column.text(32, true)),
    interests: column.json(),
    notes: column.longText(),
    serviceNotes: named('service_notes', column.longText()),
    photoFileId: named('photo_file_id', column.text(36, true)),
    status: column.text(16),
    version: { type: 'int', default: 1 },
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
});

export const RelativeEntity = new EntitySchema<Relative>({
  name: 'ElderRelative',
  tableName: 'elder_relatives',
  columns: {
    id: column.id(),
    elderId: named('elder_id', column.text(36)),
    callOrder: { type: 'int', name: 'call_order' },
    name: column.text(50),
    relation: column.text(32),
    phones: column.json(),
    livesNearby: { type: 'boolean', default: false, name: 'lives_nearby' },
  },
});

export const TerminalEntity = new EntitySchema<Terminal>({
  name: 'ElderTerminal',
  tableName: 'elder_terminals',
  columns: {
    id: column.id(),
    elderId: named('elder_id', column.text(36)),
    type: column.text(32),
    number: column.text(20, true),
    deviceId: named('device_id', column.text(64, true)),
    buttons: column.json(),
  },
});

export const PhoneLinkEntity = new EntitySchema<PhoneLink>({
  name: 'ElderPhoneLink',
  tableName: 'elder_phone_links',
  columns: {
    phone: { type: 'varchar', length: 20, primary: true },
    elderId: { type: 'varchar', length: 36, primary: true, name: 'elder_id' },
    source: { type: 'varchar', length: 16, primary: true },
    via: column.text(50, true),
  },
});

export const StatusChangeEntity = new EntitySchema<StatusChange>({
  name: 'ElderStatusChange',
  tableName: 'elder_status_changes',
  columns: {
    id: column.id(),
    elderId: named('elder_id', column.text(36)),
    status: column.text(16),
    note: column.text(500),
    at: column.time(),
    actorName: named('actor_name', column.text(64, true)),
  },
});

export const elderEntities = [ElderEntity, RelativeEntity, TerminalEntity, PhoneLinkEntity, StatusChangeEntity];
