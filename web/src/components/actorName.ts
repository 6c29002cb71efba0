import { SEED_ACTOR_ID } from '@careflow/contracts';
import type { TFunction } from 'i18next';

/** A person's display name as the engine gives it; the seed, which is no person, is 系统预置. */
export const actorName = (name: string | null | undefined, t: TFunction): string => (name === SEED_ACTOR_ID ? t('common.seedActor') : (name ?? ''));
