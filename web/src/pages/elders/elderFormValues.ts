import type { Contact, ElderDetail, ElderFile, ElderInput, Gender, Health } from '../../api/registry-types';

interface PhoneValue {
  number?: string;
  label?: string;
}

/** The form's values: what antd holds while the user types (anything may still be empty). */
export interface ElderFormValues {
  name?: string;
  idCard?: string;
  gender?: Gender;
  birthDate?: string;
  phones?: PhoneValue[];
  address?: string;
  areaCode?: string;
  livingSituation?: string | null;
  subsidyCategory?: string | null;
  interests?: string[];
  notes?: string;
  serviceNotes?: string;
  health?: Partial<Health>;
  doctor?: Partial<Contact>;
  communityWorker?: Partial<Contact>;
  relatives?: { name?: string; relation?: string; phones?: PhoneValue[]; livesNearby?: boolean }[];
  terminals?: { type?: string; number?: string | null; deviceId?: string | null; buttons?: { button?: string; meaning?: string }[] }[];
}

/** A new file starts with one empty relative: most files have at least one emergency contact. */
export const NEW_ELDER: ElderFormValues = {
  phones: [{}],
  relatives: [{ phones: [{}], livesNearby: false }],
  terminals: [],
  interests: [],
  health: { conditions: [] },
};

const text = (value: string | null | undefined) => (value ?? '').trim();
const orNull = (value: string | null | undefined) => text(value) || null;

// Rows are never dropped: the server names problems by index (relatives.0.phones.1.number), and
// those indices must be the rows on screen. The form requires each row's fields instead.
const phones = (list: PhoneValue[] | undefined) =>
  (list ?? []).map((p) => ({ number: text(p.number), ...(text(p.label) ? { label: text(p.label) } : {}) }));

function contact(c: Partial<Contact> | undefined): Contact | null {
  if (!text(c?.name) && !text(c?.phone) && !text(c?.place)) return null;
  return { name: text(c?.name), phone: orNull(c?.phone), ...(text(c?.place) ? { place: text(c?.place) } : {}) };
}

/**
 * The body for POST/PUT. Blank optional values become null or are left out, so the server checks
 * what the user meant.
 */
export function toElderInput(v: ElderFormValues): ElderInput {
  return {
    name: text(v.name),
    ...(v.gender ? { gender: v.gender } : {}),
    ...(text(v.birthDate) ? { birthDate: text(v.birthDate) } : {}),
    idCard: orNull(v.idCard),
    phones: phones(v.phones),
    address: text(v.address),
    areaCode: v.areaCode ?? '',
    livingSituation: v.livingSituation ?? null,
    subsidyCategory: v.subsidyCategory ?? null,
    interests: (v.interests ?? []).map(text).filter(Boolean),
    notes: text(v.notes),
    serviceNotes: text(v.serviceNotes),
    health: {
      conditions: (v.health?.conditions ?? []).map(text).filter(Boolean),
      history: text(v.health?.history),
      allergies: text(v.health?.allergies),
      medications: text(v.health?.medications),
      disabilityLevel: v.health?.disabilityLevel ?? null,
      selfCare: v.health?.selfCare ?? null,
    },
    doctor: contact(v.doctor),
    communityWorker: contact(v.communityWorker),
    relatives: (v.relatives ?? []).map((r) => ({ name: text(r.name), relation: r.relation ?? '', phones: phones(r.phones), livesNearby: !!r.livesNearby })),
    terminals: (v.terminals ?? []).map((term) => ({
      type: term.type ?? '',
      number: orNull(term.number),
      deviceId: orNull(term.deviceId),
      buttons: (term.buttons ?? []).map((b) => ({ button: text(b.button), meaning: text(b.meaning) })),
    })),
  };
}

/** A stored file as form values (only full reads reach the form: editors see the whole file). */
export function toFormValues(elder: ElderDetail): ElderFormValues {
  const e: ElderDetail & Partial<ElderFile> = elder;
  return {
    name: e.name,
    idCard: e.idCard ?? undefined,
    gender: e.gender,
    birthDate: e.birthDate,
    phones: (e.phones ?? []).map((p) => ({ number: p.number, label: p.label })),
    address: e.address,
    areaCode: e.areaCode,
    livingSituation: e.livingSituation ?? null,
    subsidyCategory: e.subsidyCategory ?? null,
    interests: e.interests ?? [],
    notes: e.notes ?? '',
    serviceNotes: e.serviceNotes ?? '',
    health: e.health ?? { conditions: [] },
    doctor: e.doctor ?? undefined,
    communityWorker: e.communityWorker ?? undefined,
    relatives: (e.relatives ?? []).map((r) => ({ name: r.name, relation: r.relation, livesNearby: r.livesNearby, phones: r.phones.map((p) => ({ number: p.number, label: p.label })) })),
    terminals: (e.terminals ?? []).map((term) => ({ type: term.type, number: term.number, deviceId: term.deviceId, buttons: term.buttons })),
  };
}
