import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** 字典: a named list of coded options that forms, processes and the registry share. */
export interface Dictionary {
  key: string;
  name: string;
  nameEn: string;
  /** Shipped with CareFlow: its options can be edited, the dictionary itself not deleted. */
  system: boolean;
  updatedAt: Date;
}

export interface DictionaryOption {
  dictKey: string;
  code: string;
  label: string;
  labelEn: string;
  sort: number;
  /** Retired options stay for old records but are no longer offered. */
  active: boolean;
}

export const DictionaryEntity = new EntitySchema<Dictionary>({
  name: 'Dictionary',
  tableName: 'dictionaries',
  columns: {
    key: { type: 'varchar', length: 64, primary: true },
    name: column.text(100),
    nameEn: named('name_en', column.text(100)),
    system: { type: 'boolean', default: false },
    updatedAt: named('updated_at', column.time()),
  },
});

export const DictionaryOptionEntity = new EntitySchema<DictionaryOption>({
  name: 'DictionaryOption',
  tableName: 'dictionary_options',
  columns: {
    dictKey: { type: 'varchar', length: 64, primary: true, name: 'dict_key' },
    code: { type: 'varchar', length: 64, primary: true },
    label: column.text(100),
    labelEn: named('label_en', column.text(100)),
    sort: { type: 'int', default: 0 },
    active: column.flag(),
  },
});
