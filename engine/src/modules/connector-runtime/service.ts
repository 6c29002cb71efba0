import { DataSource, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { ConnectorEffect, ConnectorEffectEntity } from './entities';

/** The record of connector side effects: the first result stored under a key is the one kept. */
export class ConnectorEffectStore {
  private readonly effects: Repository<ConnectorEffect>;

  constructor(dataSource: DataSource) {
    this.effects = dataSource.getRepository(ConnectorEffectEntity);
  }

  recall(key: string): Promise<ConnectorEffect | null> {
    return this.effects.findOneBy({ key });
  }

  /** Stores the result unless the key is taken; answers with what is stored either way. */
  async record(input: Omit<ConnectorEffect, 'createdAt'>): Promise<{ effect: ConnectorEffect; created: boolean }> {
    const effect: ConnectorEffect = { ...input, createdAt: new Date() };
    try {
      await this.effects.insert(asRow(effect));
      return { effect, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return { effect: (await this.recall(input.key))!, created: false };
    }
  }
}
