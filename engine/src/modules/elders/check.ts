import { isCalendarDate, parseIdCard, parsePhone } from '@careflow/contracts';
import { pinyin } from 'pinyin-pro';
import { FieldProblem } from '../../http/errors';
import { DictionaryService } from '../dictionaries/service';
import { Phone } from './entities';
import { ElderInput } from './schema';

/** An elder file checked and normalized: phones as digits, birth date and gender from the ID card. */
export interface CheckedElder extends Omit<ElderInput, 'phones' | 'relatives' | 'gender' | 'birthDate'> {
  gender: 'male' | 'female';
  birthDate: string;
  nameInitials: string;
  phones: Phone[];
  relatives: (Omit<ElderInput['relatives'][number], 'phones'> & { phones: Phone[] })[];
}

const ID_CARD_PROBLEMS = { format: 'is not an 18-character ID card number', birth_date: 'holds an impossible birth date', checksum: 'fails the GB 11643 check digit' };

/** Pinyin initials of a name, lower case (张三丰 → zsf); letters in the name stay. */
export const initialsOf = (name: string) =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

function phones(list: { number: string; label?: string }[], path: string, problems: FieldProblem[]): Phone[] {
  return list.flatMap((p, i) => {
    const parsed = parsePhone(p.number);
    if (!parsed) {
      problems.push({ path: `${path}.${i}.number`, message: `${p.number} is not a mainland mobile or landline number`, code: 'phone' });
      return [];
    }
    return [{ number: parsed.number, kind: parsed.kind, ...(p.label ? { label: p.label } : {}) }];
  });
}

/** Every problem of the file at once, so a form or an import row can show them all. */
export async function checkElder(input: ElderInput, dictionaries: DictionaryService, today = new Date()): Promise<{ elder?: CheckedElder; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  let { gender, birthDate } = input;
  let idCard = input.idCard || null;
  if (idCard) {
    const parsed = parseIdCard(idCard, today);
    if ('problem' in parsed) problems.push({ path: 'idCard', message: ID_CARD_PROBLEMS[parsed.problem], code: `id_card_${parsed.problem}` });
    else {
      idCard = parsed.number;
      if (birthDate && birthDate !== parsed.birthDate) problems.push({ path: 'birthDate', message: `does not match the ID card (${parsed.birthDate})`, code: 'id_card_mismatch' });
      if (gender && gender !== parsed.gender) problems.push({ path: 'gender', message: `does not match the ID card (${parsed.gender})`, code: 'id_card_mismatch' });
      birthDate = parsed.birthDate;
      gender = parsed.gender;
    }
  } else {
    if (!birthDate) problems.push({ path: 'birthDate', message: 'is needed when there is no ID card number', code: 'required' });
    if (!gender) problems.push({ path: 'gender', message: 'is needed when there is no ID card number', code: 'required' });
  }
  // 2026-02-30 is no date at all; a date still to come is no birth date.
  if (birthDate && !isCalendarDate(birthDate)) problems.push({ path: 'birthDate', message: `${birthDate} is not a date`, code: 'invalid_date', params: { value: birthDate } });
  else if (birthDate && new Date(`${birthDate}T00:00:00Z`) > today) problems.push({ path: 'birthDate', message: 'is not a past date', code: 'not_past_date' });

  const codes: [string, string | null, string][] = [
    ['living_situation', input.livingSituation, 'livingSituation'],
    ['subsidy_category', input.subsidyCategory, 'subsidyCategory'],
    ['disability_level', input.health.disabilityLevel, 'health.disabilityLevel'],
    ['self_care', input.health.selfCare, 'health.selfCare'],
    ...input.relatives.map((r, i): [string, string, string] => ['relation_type', r.relation, `relatives.${i}.relation`]),
    ...input.terminals.map((t, i): [string, string, string] => ['terminal_type', t.type, `terminals.${i}.type`]),
  ];
  for (const [dictionary, code, path] of codes) {
    const problem = code === null ? undefined : await dictionaries.problem(dictionary, code, path);
    if (problem) problems.push(problem);
  }

  const elderPhones = phones(input.phones, 'phones', problems);
  const relatives = input.relatives.map((r, i) => ({ ...r, phones: phones(r.phones, `relatives.${i}.phones`, problems) }));
  const terminals = input.terminals.map((t, i) => {
    if (!t.number && !t.deviceId) problems.push({ path: `terminals.${i}`, message: 'needs a number or a device id', code: 'terminal_needs_id' });
    const parsed = t.number ? parsePhone(t.number) : undefined;
    if (t.number && !parsed) problems.push({ path: `terminals.${i}.number`, message: `${t.number} is not a phone number`, code: 'phone' });
    return { ...t, number: parsed?.number ?? null };
  });
  for (const [path, contact] of [['doctor', input.doctor], ['communityWorker', input.communityWorker]] as const) {
    if (contact?.phone && !parsePhone(contact.phone)) problems.push({ path: `${path}.phone`, message: `${contact.phone} is not a phone number`, code: 'phone' });
  }
  if (problems.length > 0 || !gender || !birthDate) return { problems };
  const normalize = (c: ElderInput['doctor']) => (c ? { ...c, phone: c.phone ? (parsePhone(c.phone)?.number ?? null) : null } : null);
  return {
    problems,
    elder: { ...input, idCard, gender, birthDate, nameInitials: initialsOf(input.name), phones: elderPhones, relatives, terminals, doctor: normalize(input.doctor), communityWorker: normalize(input.communityWorker) },
  };
}
