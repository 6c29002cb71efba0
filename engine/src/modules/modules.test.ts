import fs from 'node:fs';
import path from 'node:path';
import { schemaOf } from '../db/schema';
import { AnyModule } from '../kernel/module';
import { listProblems } from '../kernel/start';
import { engineModules } from '.';

const listed: readonly AnyModule[] = engineModules;
const folders = fs.readdirSync(__dirname, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const isModule = (value: unknown): value is AnyModule => typeof value === 'object' && value !== null && 'needs' in value && 'start' in value;

describe('the engine module list', () => {
  it.each(folders)('given the folder modules/%s, then its index exports one module of that name, and the list has it', (folder) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = Object.values(require(path.join(__dirname, folder)) as Record<string, unknown>).filter(isModule);
    expect(exported.map((module) => module.name)).toEqual([folder]);
    expect(listed).toContain(exported[0]);
  });

  it('given the list, then every module comes after the modules it needs, and no name is used twice', () => {
    expect(listProblems(listed)).toEqual([]);
    expect(listed.map((module) => module.name).sort()).toEqual([...folders].sort());
  });

  it('given the modules, then no table is claimed twice and every schema step is listed once', () => {
    const { entities, migrations } = schemaOf(listed);
    expect(entities.length).toBeGreaterThan(40);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
  });

  it('given a table claimed by two modules, then the schema is refused naming it', () => {
    const [areas] = listed.filter((module) => module.name === 'areas');
    expect(() => schemaOf([...listed, { ...areas, name: 'copy' }])).toThrow('table areas is claimed by two modules');
  });
});
