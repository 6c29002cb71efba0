import { ACCESS } from '@careflow/contracts';
import { hasRole } from '../../auth/roles';
import { useAuth } from '../../auth/useAuth';

/** Those who answer callers rate articles (the engine's rating route lets these in). */
const RATERS = ['admin', 'supervisor', 'agent'];

/** What the signed-in user may do in the 知识库, by the engine's access lists. */
export function useKnowledgeRoles() {
  const { user } = useAuth();
  return {
    userId: user?.id ?? null,
    write: hasRole(user, ACCESS.knowledge.write),
    review: hasRole(user, ACCESS.knowledge.review),
    rate: hasRole(user, RATERS),
  };
}
