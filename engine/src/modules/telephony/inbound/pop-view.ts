import { freeTextItems, type PopElder, type ScreenPop } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { CaseEntity } from '../../cases/entities';
import { communityWorkerOf, relativesToCall } from '../../elders/contacts';
import { ElderEntity, RelativeEntity } from '../../elders/entities';

type RelativeRow = { name: string; relation: string | null; phones: { number: string }[] };
import { ageOn } from '../../elders/views';
import { PopRow } from './entities';

/** The pop and its elder cards (see contracts). */
export type { PopElder, ScreenPop } from '@careflow/contracts';

export interface Match {
  elderId: string;
  matchedBy: string;
  via: string | null;
}

const RECENT_CASES = 5;

const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');

/** The relative a relative's-phone match names (by `via`), with the number that called when it is theirs. */
function matchedRelative(relatives: RelativeRow[], match: Match, callerNumber: string | null): PopElder['relative'] {
  if (match.matchedBy !== 'relative_phone' || !match.via) return null;
  const named = relatives.filter((r) => r.name === match.via);
  const caller = callerNumber ? digits(callerNumber) : '';
  const found = named.find((r) => caller && r.phones.some((p) => digits(p.number) === caller)) ?? named[0];
  if (!found) return null;
  const phone = found.phones.find((p) => caller && digits(p.number) === caller)?.number ?? callerNumber ?? found.phones[0]?.number ?? '';
  return { name: found.name, relation: found.relation ?? null, phone };
}

/** The pop's elder cards: file, relatives in call order, the last five cases; `callerNumber` finds which relative called. */
export async function popElders(dataSource: DataSource, matches: Match[], callerNumber: string | null = null): Promise<PopElder[]> {
  if (matches.length === 0) return [];
  const ids = matches.map((m) => m.elderId);
  const [elders, relatives] = await Promise.all([
    dataSource.getRepository(ElderEntity).findBy({ id: In(ids) }),
    dataSource.getRepository(RelativeEntity).findBy({ elderId: In(ids) }),
  ]);
  const cards: PopElder[] = [];
  for (const match of matches) {
    const elder = elders.find((e) => e.id === match.elderId);
    if (!elder) continue;
    const cases = await dataSource.getRepository(CaseEntity).find({ where: { elderId: elder.id }, order: { openedAt: 'DESC' }, take: RECENT_CASES });
    cards.push({
      id: elder.id,
      name: elder.name,
      gender: elder.gender ?? null,
      age: elder.birthDate ? ageOn(elder.birthDate) : null,
      matchedBy: match.matchedBy,
      via: match.via,
      relative: matchedRelative(relatives.filter((r) => r.elderId === elder.id), match, callerNumber),
      livingSituation: elder.livingSituation,
      address: elder.address || null,
      areaPath: elder.areaPath,
      conditions: elder.health?.conditions ?? [],
      allergies: freeTextItems(elder.health?.allergies),
      medications: freeTextItems(elder.health?.medications),
      selfCare: elder.health?.selfCare ?? null,
      disabilityLevel: elder.health?.disabilityLevel ?? null,
      relatives: relativesToCall(relatives.filter((r) => r.elderId === elder.id)),
      communityWorker: communityWorkerOf(elder.communityWorker),
      doctor: elder.doctor ? [elder.doctor.name, elder.doctor.phone, elder.doctor.place].filter(Boolean).join(' ') : null,
      recentCases: cases.map((c) => ({ id: c.id, caseNumber: c.caseNumber, serviceType: c.serviceTypeKey, status: c.status, openedAt: c.openedAt.toISOString() })),
    });
  }
  return cards;
}

export function popView(row: PopRow): ScreenPop {
  return {
    id: row.id,
    kind: row.kind,
    at: row.at.toISOString(),
    callId: row.callId,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    attached: row.attached,
    caller: row.body.caller,
    terminal: row.body.terminal,
    location: row.body.location,
    elders: row.body.elders,
    offeredTo: row.offeredTo,
    takenBy: row.takenBy,
    areaPath: row.areaPath,
    error: row.error,
  };
}
