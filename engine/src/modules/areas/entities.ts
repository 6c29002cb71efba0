import type { AreaLevel } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** 区域: city › district (区县) › street (街道) › community (社区). */
export { AREA_LEVELS } from '@careflow/contracts';
export type { AreaLevel } from '@careflow/contracts';

export interface Area {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  /** The codes from the city down to this area, as /city/district/…/code/: a subtree is a path prefix. */
  path: string;
  sort: number;
  updatedAt: Date;
}

export const AreaEntity = new EntitySchema<Area>({
  name: 'Area',
  tableName: 'areas',
  columns: {
    code: { type: 'varchar', length: 32, primary: true },
    name: column.text(100),
    level: column.text(16),
    parentCode: named('parent_code', column.text(32, true)),
    path: column.text(200),
    sort: { type: 'int', default: 0 },
    updatedAt: named('updated_at', column.time()),
  },
  indices: [{ name: 'ix_areas_path', columns: ['path'] }],
});
