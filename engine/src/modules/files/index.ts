import path from 'node:path';
import { defineModule } from '../../kernel/module';
import { StoredFileEntity } from './entities';
import { Files1765400000000 } from './migrations/1765400000000-files';
import { fileRoutes } from './routes';
import { FileService } from './service';

/** Uploaded files (attachments, photos), stored under the engine's home. */
export const filesModule = defineModule({
  name: 'files',
  entities: [StoredFileEntity],
  migrations: [Files1765400000000],
  needs: {},
  start: ({ dataSource, audit, config }) => ({ gives: {}, routes: fileRoutes(new FileService(dataSource, audit, path.join(config.home, 'files'))) }),
});
