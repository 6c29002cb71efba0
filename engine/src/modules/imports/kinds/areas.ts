import { errors } from '../../../http/errors';
import { AREA_LEVELS, AreaLevel } from '../../areas/entities';
import { AreaService } from '../../areas/service';
import { ImportKind } from '../kind';

const LEVEL_NAMES: Record<string, AreaLevel> = { 市: 'city', 区县: 'district', 区: 'district', 县: 'district', 街道: 'street', 镇: 'street', 乡镇: 'street', 社区: 'community', 村: 'community' };
const levelOf = (cell: string) => LEVEL_NAMES[cell] ?? (AREA_LEVELS.includes(cell as AreaLevel) ? (cell as AreaLevel) : undefined);

export function areaImport(areas: AreaService): ImportKind {
  return {
    kind: 'areas',
    sheetName: '区域',
    columns: [
      { header: '区域编码', required: true, hint: '如 370102001001' },
      { header: '名称', required: true },
      { header: '级别', required: true, hint: '市、区县、街道、社区' },
      { header: '上级编码', hint: '市留空' },
    ],
    example: ['370102001001', '山大社区', '社区', '370102001'],
    importers: ['admin'],
    columnOf: (path) => ({ code: '区域编码', name: '名称', level: '级别', parentCode: '上级编码' })[path] ?? path,
    // Parents before children, whatever order the sheet has.
    order: (rows) => [...rows].sort((a, b) => AREA_LEVELS.indexOf(levelOf(a.cells['级别']) ?? 'community') - AREA_LEVELS.indexOf(levelOf(b.cells['级别']) ?? 'community')),
    async importRow(row, { actor }) {
      const c = row.cells;
      const level = levelOf(c['级别']);
      const problems = [
        ...(!c['区域编码'] ? [{ path: '区域编码', message: 'is required', code: 'required' }] : []),
        ...(!c['名称'] ? [{ path: '名称', message: 'is required', code: 'required' }] : []),
        ...(!level ? [{ path: '级别', message: `${c['级别'] || '(empty)'} is not 市, 区县, 街道 or 社区`, code: 'not_one_of', params: { value: c['级别'] || '', allowed: '市、区县、街道、社区' } }] : []),
      ];
      if (problems.length > 0 || !level) throw errors.invalidInput(problems);
      const existing = await areas.find(c['区域编码']);
      if (!existing) {
        await areas.create({ code: c['区域编码'], name: c['名称'], level, parentCode: c['上级编码'] || null }, actor);
        return 'created';
      }
      if (existing.level !== level || existing.parentCode !== (c['上级编码'] || null)) {
        throw errors.invalidInput([{ path: '上级编码', message: `area ${existing.code} exists under ${existing.parentCode ?? '(none)'} as a ${existing.level}; areas are not moved by import`, code: 'area_not_moved', params: { code: existing.code, parent: existing.parentCode ?? '' } }]);
      }
      if (existing.name === c['名称']) return 'unchanged';
      await areas.update(existing.code, { name: c['名称'] }, actor);
      return 'updated';
    },
  };
}
