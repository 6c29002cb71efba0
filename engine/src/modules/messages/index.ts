import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { MessageAccess } from './access';
import { Messages1764300000000 } from './migrations/1764300000000-messages';
import { ProcessMessages1766200300000 } from './migrations/1766200300000-process-messages';
import { ProcessMessageEntity } from './operaton/entities';
import { messageRoutes } from './routes';
import { MessageService } from './service';

/** Messages into running processes (a provider's answer, a callback), kept and correlated by business key. */
export const messagesModule = defineModule({
  name: 'messages',
  entities: [ProcessMessageEntity],
  migrations: [Messages1764300000000, ProcessMessages1766200300000],
  needs: { areas: areasModule },
  start: ({ dataSource, operaton, logger }, uses) => {
    const messages = new MessageService(dataSource, operaton, logger);
    return { gives: { messages }, routes: messageRoutes(messages, new MessageAccess(dataSource, uses.areas.areas)) };
  },
});
