import { parsePhone } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { errors } from '../../http/errors';
import { AreaService } from '../areas/service';
import { inScope } from '../areas/scope';
import { PublicUser } from '../identity/entities';
import { LookupQuery } from './schema';
import { accessOf, elderSummary, SummaryFields } from './views';

type MatchedBy = 'elder_phone' | 'terminal' | 'relative_phone' | 'device' | 'id_card' | 'name';
const BY_SOURCE: Record<string, MatchedBy> = { elder: 'elder_phone', terminal: 'terminal', relative: 'relative_phone' };
const RANK: Record<MatchedBy, number> = { elder_phone: 0, device: 0, id_card: 0, name: 0, terminal: 1, relative_phone: 2 };
const NAME_MATCHES = 20;

/** Only what a summary shows, read in the same statement as the match: a ringing phone waits on this. */
const COLUMNS = 'e.id, e.name, e.gender, e.birth_date, e.address, e.area_code, e.area_path, e.status, e.phones, e.living_situation, e.health';
type Row = { id: string; name: string; gender: string; birth_date: string; address: string; area_code: string; area_path: string; status: string; phones: string; living_situation: string | null; health: string; matched?: string; via?: string | null };

function statement(query: LookupQuery): { sql: string; params: unknown[] } {
  if (query.phone !== undefined) {
    const phone = parsePhone(query.phone);
    if (!phone) throw errors.invalidInput([{ path: 'phone', message: `${query.phone} is not a phone number` }]);
    return { sql: `SELECT ${COLUMNS}, l.source AS matched, l.via FROM elder_phone_links l JOIN elders e ON e.id = l.elder_id WHERE l.phone = ?`, params: [phone.number] };
  }
  if (query.deviceId !== undefined) return { sql: `SELECT ${COLUMNS}, 'device' AS matched FROM elder_terminals t JOIN elders e ON e.id = t.elder_id WHERE t.device_id = ?`, params: [query.deviceId] };
  if (query.idCard !== undefined) return { sql: `SELECT ${COLUMNS}, 'id_card' AS matched FROM elders e WHERE e.id_card = ?`, params: [query.idCard.toUpperCase()] };
  const name = query.name ?? '';
  // Letters only: the agent is typing pinyin initials (zsf for 张三丰).
  const column = /^[A-Za-z]+$/.test(name) ? 'e.name_initials' : 'e.name';
  const prefix = startingWith(column === 'e.name' ? name : name.toLowerCase());
  return { sql: `SELECT ${COLUMNS}, 'name' AS matched FROM elders e WHERE ${column} LIKE ? ${LIKE_ESCAPE} ORDER BY ${column}, e.id LIMIT ${NAME_MATCHES * 5}`, params: [prefix] };
}

/**
 * Finds the elder behind a ringing phone, an alarm's device id, an ID card or a name. A number can
 * lead to several elders (a son who is two parents' contact); the elder's own number comes first.
 */
export async function lookupElders(dataSource: DataSource, areas: AreaService, user: PublicUser, query: LookupQuery) {
  const { sql, params } = statement(query);
  const rows: Row[] = await dataSource.query(sql, params);
  if (rows.length === 0) return { matches: [] };
  const scope = await areas.scopeOf(user);
  const access = accessOf(user);
  const seen = new Set<string>();
  const matches = rows
    .map((row) => ({ row, matchedBy: BY_SOURCE[row.matched ?? ''] ?? (row.matched as MatchedBy) }))
    .sort((a, b) => RANK[a.matchedBy] - RANK[b.matchedBy])
    .filter(({ row }) => inScope(scope, row.area_path) && !seen.has(row.id) && seen.add(row.id))
    .slice(0, NAME_MATCHES)
    .map(({ row, matchedBy }) => ({ elder: elderSummary(summaryOf(row), access), matchedBy, ...(row.via ? { via: row.via } : {}) }));
  return { matches };
}

function summaryOf(row: Row): SummaryFields {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender as SummaryFields['gender'],
    birthDate: row.birth_date,
    address: row.address,
    areaCode: row.area_code,
    status: row.status as SummaryFields['status'],
    phones: JSON.parse(row.phones) as SummaryFields['phones'],
    livingSituation: row.living_situation,
    health: JSON.parse(row.health) as SummaryFields['health'],
  };
}
