import { AnyModule } from '../kernel/module';
import { crossModuleMigrations } from './migrations';

/** The tables and schema steps of the listed modules, plus the steps that span modules; fails on a table claimed twice or a step listed twice. */
export function schemaOf(modules: readonly AnyModule[]) {
  const entities = modules.flatMap((module) => module.entities);
  const migrations = [...crossModuleMigrations, ...modules.flatMap((module) => module.migrations)];
  const twice = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i);
  const problems = [
    ...twice(entities.map((entity) => entity.options.tableName ?? entity.options.name)).map((table) => `table ${table} is claimed by two modules`),
    ...twice(migrations.map((migration) => migration.name)).map((name) => `schema step ${name} is listed twice`),
  ];
  if (problems.length > 0) throw new Error(`The modules' schema is inconsistent: ${problems.join('; ')}`);
  return { entities, migrations };
}
