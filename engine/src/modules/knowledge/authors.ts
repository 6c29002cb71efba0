import { DataSource } from 'typeorm';
import { User, UserEntity } from '../identity/entities';

/** The active users who write the 知识库 (knowledge_author), whom proposals and expiry reminders go to. */
export async function activeAuthors(dataSource: DataSource): Promise<User[]> {
  return (await dataSource.getRepository(UserEntity).findBy({ active: true })).filter((u) => u.roles.includes('knowledge_author'));
}
