import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { PublicUser, UserEntity } from '../identity/entities';
import { readsAll } from '../providers/access';
import { StoredFile, StoredFileEntity } from './entities';

/** What may be uploaded, and the bytes each type starts with: a file is what it says it is or it is refused. */
export const FILE_TYPES: Record<string, (bytes: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
};
export const FILE_LIMIT_BYTES = 10 * 1024 * 1024;

/** Uploads kept under $CAREFLOW_HOME/files, one file per id, written before the row that names it. */
export class FileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly dir: string,
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  async store(bytes: Buffer, type: string, name: string, actor: Actor & { id: string }): Promise<StoredFile> {
    const kind = type.split(';')[0].trim().toLowerCase();
    if (!FILE_TYPES[kind]?.(bytes)) throw errors.invalidInput([{ path: '(body)', message: `the content is not a ${kind} file` }]);
    const file: StoredFile = { id: crypto.randomUUID(), name: name.slice(0, 255) || 'file', type: kind, size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex'), createdBy: actor.id, createdAt: new Date() };
    const target = this.pathOf(file.id);
    await fs.promises.writeFile(target, bytes, { flag: 'wx' });
    try {
      await this.dataSource.transaction(async (m) => {
        await m.getRepository(StoredFileEntity).insert(file);
        await this.audit.record(actor, { action: 'file.upload', entityType: 'file', entityId: file.id, after: { name: file.name, type: file.type, size: file.size } }, m);
      });
    } catch (error) {
      await fs.promises.rm(target, { force: true }); // no row, no file
      throw error;
    }
    return file;
  }

  /**
   * The hotline's own roles read every file; anyone else only what they or their provider's users
   * uploaded (a worker's visit photos). Others get "not found", so ids do not leak.
   */
  async read(id: string, user: PublicUser): Promise<{ file: StoredFile; bytes: Buffer }> {
    const file = /^[0-9a-f-]{36}$/.test(id) ? await this.dataSource.getRepository(StoredFileEntity).findOneBy({ id }) : null;
    if (!file || !(await this.mayRead(file, user))) throw errors.notFound(`File ${id}`);
    return { file, bytes: await fs.promises.readFile(this.pathOf(id)) };
  }

  private async mayRead(file: StoredFile, user: PublicUser): Promise<boolean> {
    if (readsAll(user) || file.createdBy === user.id) return true;
    if (!user.providerId) return false;
    const uploader = await this.dataSource.getRepository(UserEntity).findOne({ select: { id: true, providerId: true }, where: { id: file.createdBy } });
    return uploader?.providerId === user.providerId;
  }

  private pathOf(id: string): string {
    return path.join(this.dir, id);
  }
}
