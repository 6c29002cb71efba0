import { parsePhone } from '@careflow/forms';
import { DataSource, In } from 'typeorm';
import { errors } from '../../http/errors';
import { AreaService } from '../areas/service';
import { inScope } from '../areas/scope';
import { PublicUser } from '../identity/entities';
import { Elder, ElderEntity, PhoneLinkEntity, TerminalEntity } from './entities';
import { LookupQuery } from './schema';
import { accessOf, elderSummary } from './views';

type MatchedBy = 'elder_phone' | 'terminal' | 'relative_phone' | 'device' | 'id_card' | 'name';
const SOURCE_ORDER: Record<string, [MatchedBy, number]> = { elder: ['elder_phone', 0], terminal: ['terminal', 1], relative: ['relative_phone', 2] };
const NAME_MATCHES = 20;

/**
 * Finds the elder behind a ringing phone, an alarm's device id, an ID card or a name. A number can
 * lead to several elders (a son who is two parents' contact); the elder's own number comes first.
 */
export async function lookupElders(dataSource: DataSource, areas: AreaService, user: PublicUser, query: LookupQuery) {
  const found: { elderId: string; matchedBy: MatchedBy; via: string | null; rank: number }[] = [];
  const elders = dataSource.getRepository(ElderEntity);
  if (query.phone !== undefined) {
    const phone = parsePhone(query.phone);
    if (!phone) throw errors.invalidInput([{ path: 'phone', message: `${query.phone} is not a phone number` }]);
    const links = await dataSource.getRepository(PhoneLinkEntity).findBy({ phone: phone.number });
    for (const link of links) found.push({ elderId: link.elderId, matchedBy: SOURCE_ORDER[link.source][0], via: link.via, rank: SOURCE_ORDER[link.source][1] });
  } else if (query.deviceId !== undefined) {
    const terminal = await dataSource.getRepository(TerminalEntity).findOneBy({ deviceId: query.deviceId });
    if (terminal) found.push({ elderId: terminal.elderId, matchedBy: 'device', via: null, rank: 0 });
  } else if (query.idCard !== undefined) {
    const elder = await elders.findOneBy({ idCard: query.idCard.toUpperCase() });
    if (elder) found.push({ elderId: elder.id, matchedBy: 'id_card', via: null, rank: 0 });
  } else if (query.name !== undefined) {
    const name = query.name;
    // Letters only: the agent is typing pinyin initials (zsf for 张三丰).
    const byInitials = /^[A-Za-z]+$/.test(name);
    const qb = elders.createQueryBuilder('e').select(['e.id']);
    if (byInitials) qb.where('e.name_initials LIKE :p', { p: `${name.toLowerCase()}%` });
    else qb.where('e.name LIKE :p', { p: `${name}%` });
    const rows = await qb.orderBy(byInitials ? 'e.name_initials' : 'e.name', 'ASC').take(NAME_MATCHES * 5).getMany();
    rows.forEach((e) => found.push({ elderId: e.id, matchedBy: 'name', via: null, rank: 0 }));
  }
  if (found.length === 0) return { matches: [] };
  const scope = await areas.scopeOf(user);
  const byId = new Map<string, Elder>((await elders.findBy({ id: In([...new Set(found.map((f) => f.elderId))]) })).map((e) => [e.id, e]));
  const access = accessOf(user);
  const seen = new Set<string>();
  const matches = found
    .sort((a, b) => a.rank - b.rank)
    .filter((f) => {
      const elder = byId.get(f.elderId);
      if (!elder || !inScope(scope, elder.areaPath) || seen.has(f.elderId)) return false;
      seen.add(f.elderId);
      return true;
    })
    .slice(0, NAME_MATCHES)
    .map((f) => ({ elder: elderSummary(byId.get(f.elderId)!, access), matchedBy: f.matchedBy, ...(f.via ? { via: f.via } : {}) }));
  return { matches };
}
