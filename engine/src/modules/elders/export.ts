import { chunks } from '../../lists';
import { maskPhone } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { Actor, AuditLog } from '../audit/service';
import { DictionaryService } from '../dictionaries/service';
import { PublicUser } from '../identity/entities';
import { labelOf } from '../imports/kinds/dictionary-cells';
import { ELDER_COLUMNS } from '../imports/kinds/elders';
import { writeSheet } from '../imports/sheets';
import { Relative, RelativeEntity, Terminal, TerminalEntity } from './entities';
import { ElderListQuery } from './schema';
import { ElderService } from './service';
import { accessOf, ageOn } from './views';

export const EXPORT_LIMIT = 100_000;
const MASKED_COLUMNS = ['姓名', '性别', '年龄', '地址', '区域编码', '电话', '状态'].map((header) => ({ header }));
const GENDER = { male: '男', female: '女' } as const;
const STATUS = { active: '在册', moved: '迁出', deceased: '已故' } as const;

/**
 * The elder list as a workbook. Roles with the full file get the import template's columns (an
 * export can be edited and imported again) and the export is audited; others get masked lines.
 */
export async function exportElders(dataSource: DataSource, elders: ElderService, dictionaries: DictionaryService, audit: AuditLog, query: Omit<ElderListQuery, 'page' | 'pageSize'>, user: PublicUser, actor: Actor): Promise<Buffer> {
  const rows = await (await elders.matching(query, user)).take(EXPORT_LIMIT).getMany();
  if (accessOf(user) !== 'full') {
    return writeSheet('老人档案', MASKED_COLUMNS, rows.map((e) => [e.name, GENDER[e.gender], String(ageOn(e.birthDate)), e.address, e.areaCode, e.phones[0] ? maskPhone(e.phones[0].number) : '', STATUS[e.status]]));
  }
  const ids = rows.map((e) => e.id);
  const relatives: Relative[] = [];
  const terminals: Terminal[] = [];
  for (const slice of chunks(ids, 1000)) {
    relatives.push(...(await dataSource.getRepository(RelativeEntity).find({ where: { elderId: In(slice) }, order: { callOrder: 'ASC' } })));
    terminals.push(...(await dataSource.getRepository(TerminalEntity).findBy({ elderId: In(slice) })));
  }
  const label = (key: string, code: string | null) => labelOf(dictionaries, key, code);
  const lines: string[][] = [];
  for (const e of rows) {
    const theirs = relatives.filter((r) => r.elderId === e.id);
    const terminal = terminals.find((t) => t.elderId === e.id);
    const relativeCells: string[] = [];
    for (let n = 0; n < 3; n++) {
      const r = theirs[n];
      relativeCells.push(r?.name ?? '', r ? await label('relation_type', r.relation) : '', r ? r.phones.map((p) => p.number).join('、') : '', r ? (r.livesNearby ? '是' : '否') : '');
    }
    lines.push([
      e.name, e.idCard ?? '', GENDER[e.gender], e.birthDate, e.phones.map((p) => p.number).join('、'), e.address, e.areaCode,
      await label('living_situation', e.livingSituation), await label('subsidy_category', e.subsidyCategory), await label('disability_level', e.health.disabilityLevel),
      await label('self_care', e.health.selfCare), e.health.conditions.join('、'), e.health.allergies, e.health.medications, e.serviceNotes,
      ...relativeCells, terminal ? await label('terminal_type', terminal.type) : '', terminal?.number ?? '', terminal?.deviceId ?? '',
    ]);
  }
  await audit.record(actor, { action: 'elder.export', entityType: 'elder', after: { count: rows.length, query } });
  return writeSheet('老人档案', ELDER_COLUMNS, lines);
}
