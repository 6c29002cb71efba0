import { DataSource } from 'typeorm';
import { errors, FieldProblem } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { Dictionary, DictionaryEntity, DictionaryOption, DictionaryOptionEntity } from './entities';

export type OptionInput = Pick<DictionaryOption, 'code' | 'label' | 'labelEn' | 'active'>;
export type DictionaryView = Dictionary & { options: DictionaryOption[] };

/** Dictionaries, kept in memory: they are read on every registry write and change rarely. */
export class DictionaryService {
  private cache?: Promise<Map<string, DictionaryView>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  private all(): Promise<Map<string, DictionaryView>> {
    this.cache ??= (async () => {
      const dictionaries = await this.dataSource.getRepository(DictionaryEntity).find({ order: { key: 'ASC' } });
      const options = await this.dataSource.getRepository(DictionaryOptionEntity).find({ order: { dictKey: 'ASC', sort: 'ASC' } });
      return new Map(dictionaries.map((d) => [d.key, { ...d, options: options.filter((o) => o.dictKey === d.key) }]));
    })();
    this.cache.catch(() => (this.cache = undefined));
    return this.cache;
  }

  async list(): Promise<DictionaryView[]> {
    return [...(await this.all()).values()];
  }

  async get(key: string): Promise<DictionaryView> {
    const found = (await this.all()).get(key);
    if (!found) throw errors.notFound(`Dictionary ${key}`);
    return found;
  }

  /** The problem with a stored code, if any: unknown dictionaries and codes are the caller's error. */
  async problem(key: string, code: string, path: string): Promise<FieldProblem | undefined> {
    const dictionary = (await this.all()).get(key);
    if (!dictionary?.options.some((o) => o.code === code && o.active)) return { path, message: `${code} is not in dictionary ${key}`, code: 'not_in_dictionary' };
    return undefined;
  }

  /** Creates or replaces a dictionary with its options in order; shipped ones keep their key. */
  async save(key: string, input: { name: string; nameEn: string; options: OptionInput[] }, actor: Actor): Promise<DictionaryView> {
    const duplicate = input.options.findIndex((o, i) => input.options.findIndex((p) => p.code === o.code) !== i);
    if (duplicate >= 0) throw errors.invalidInput([{ path: `options.${duplicate}.code`, message: `${input.options[duplicate].code} is listed twice` }]);
    await this.dataSource.transaction(async (m) => {
      const before = await m.getRepository(DictionaryEntity).findOneBy({ key });
      const beforeOptions = await m.getRepository(DictionaryOptionEntity).findBy({ dictKey: key });
      await m.getRepository(DictionaryEntity).save({ key, name: input.name, nameEn: input.nameEn, system: before?.system ?? false, updatedAt: new Date() });
      await m.getRepository(DictionaryOptionEntity).delete({ dictKey: key });
      if (input.options.length > 0) await m.getRepository(DictionaryOptionEntity).insert(input.options.map((o, sort) => ({ ...o, dictKey: key, sort })));
      await this.audit.record(
        actor,
        { action: before ? 'dictionary.update' : 'dictionary.create', entityType: 'dictionary', entityId: key, before: before ? { ...before, options: beforeOptions.map((o) => o.code) } : undefined, after: { ...input, options: input.options.map((o) => o.code) } },
        m,
      );
    });
    this.cache = undefined;
    return this.get(key);
  }

  async remove(key: string, actor: Actor): Promise<void> {
    const found = await this.get(key);
    if (found.system) throw errors.conflict(`Dictionary ${key} ships with CareFlow; edit its options instead`);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(DictionaryOptionEntity).delete({ dictKey: key });
      await m.getRepository(DictionaryEntity).delete({ key });
      await this.audit.record(actor, { action: 'dictionary.delete', entityType: 'dictionary', entityId: key, before: { name: found.name, options: found.options.map((o) => o.code) } }, m);
    });
    this.cache = undefined;
  }
}
