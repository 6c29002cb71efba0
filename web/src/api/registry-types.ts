// Shapes of the registry API (areas, dictionaries, elder files), as the engine returns them.

export const AREA_LEVELS = ['city', 'district', 'street', 'community'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  path: string;
  sort: number;
}

export interface DictionaryOption {
  code: string;
  label: string;
  labelEn: string;
  active: boolean;
}

export interface Dictionary {
  key: string;
  name: string;
  nameEn: string;
  system: boolean;
  options: DictionaryOption[];
}

export const ELDER_STATUSES = ['active', 'moved', 'deceased'] as const;
export type ElderStatus = (typeof ELDER_STATUSES)[number];
export type Gender = 'male' | 'female';

export interface Phone {
  number: string;
  kind?: 'mobile' | 'landline';
  label?: string;
}

export interface Contact {
  name: string;
  phone: string | null;
  place?: string;
}

export interface Health {
  conditions: string[];
  history: string;
  allergies: string;
  medications: string;
  disabilityLevel: string | null;
  selfCare: string | null;
}

export interface Relative {
  id?: string;
  callOrder?: number;
  name: string;
  relation: string;
  phones: Phone[];
  livesNearby: boolean;
}

export interface Terminal {
  id?: string;
  type: string;
  number: string | null;
  deviceId: string | null;
  buttons: { button: string; meaning: string }[];
}

/** A list line: always masked. `flags` only for roles that see the whole file. */
export interface ElderSummary {
  id: string;
  name: string;
  gender: Gender;
  age: number;
  address: string;
  areaCode: string;
  status: ElderStatus;
  phone: string | null;
  livingSituation?: string | null;
  flags?: { disabilityLevel: string | null; selfCare: string | null; conditions: string[] } | null;
}

/**
 * One file as the caller's role may see it: full, masked (health null, phones and ID card masked)
 * or, for providers, the summary plus service notes. Hence the optional fields.
 */
export interface ElderDetail extends ElderSummary {
  birthDate?: string;
  idCard?: string | null;
  phones?: Phone[];
  health?: Health | null;
  doctor?: Contact | null;
  communityWorker?: Contact | null;
  subsidyCategory?: string | null;
  interests?: string[];
  notes?: string;
  serviceNotes?: string;
  relatives?: Relative[];
  terminals?: Terminal[];
  version?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** What POST /api/elders and PUT /api/elders/:id accept. */
export interface ElderInput {
  name: string;
  gender?: Gender;
  birthDate?: string;
  idCard: string | null;
  phones: { number: string; label?: string }[];
  address: string;
  areaCode: string;
  livingSituation: string | null;
  health: Health;
  doctor: Contact | null;
  communityWorker: Contact | null;
  subsidyCategory: string | null;
  interests: string[];
  notes: string;
  serviceNotes: string;
  relatives: { name: string; relation: string; phones: { number: string; label?: string }[]; livesNearby: boolean }[];
  terminals: Terminal[];
}

export interface StatusChange {
  id: string;
  status: ElderStatus;
  note: string;
  at: string;
  actorName: string | null;
}

export interface ElderQuery {
  q?: string;
  areaCode?: string;
  status?: ElderStatus;
  page: number;
  pageSize: number;
}
