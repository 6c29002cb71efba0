import { defineModule } from '../../kernel/module';
import { GroupEntity, GroupMemberEntity, SessionEntity, UserEntity } from './entities';
import { PasswordChangeRequired1766100400000 } from './migrations/1766100400000-password-change-required';
import { identityRoutes } from './routes';
import { IdentityService } from './service';
import { userRoutes } from './users-routes';
import { UserService } from './users-service';

/** Sign-in, sessions, users and their groups (roles). */
export const identityModule = defineModule({
  name: 'identity',
  entities: [UserEntity, SessionEntity, GroupEntity, GroupMemberEntity],
  migrations: [PasswordChangeRequired1766100400000],
  needs: {},
  start: ({ dataSource, audit, config }) => {
    const identity = new IdentityService(dataSource, audit, config.sessionTtlMs, config.lockout);
    const users = new UserService(dataSource, identity, audit, config.passwordChangeOnFirstLogin);
    return { gives: { identity, users }, routes: [...identityRoutes(identity), ...userRoutes(users)] };
  },
});
