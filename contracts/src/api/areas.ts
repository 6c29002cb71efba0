import { z } from 'zod';
import { timestamp } from '../wire';

/** 区域: city › district (区县) › street (街道) › community (社区). */
export const AREA_LEVELS = ['city', 'district', 'street', 'community'] as const;
export const areaLevel = z.enum(AREA_LEVELS);
export type AreaLevel = z.infer<typeof areaLevel>;

/** An area's code, as elders, providers and scopes refer to it. */
export const areaCode = z.string().regex(/^[0-9A-Za-z_-]{1,32}$/, 'an area code: 1–32 letters, digits, _ or -');
const areaName = z.string().trim().min(1).max(100);
const areaSort = z.number().int().min(0).max(1_000_000);

/** An area as GET /api/areas lists it (the stored row). */
export const areaView = z.object({
  code: z.string(),
  name: z.string(),
  level: areaLevel,
  parentCode: z.string().nullable(),
  /** The codes from the city down to this area, as /city/district/…/code/: a subtree is a path prefix. */
  path: z.string(),
  sort: z.number().int(),
  updatedAt: timestamp,
});
export type AreaView = z.infer<typeof areaView>;

/** POST /api/areas: an area under its parent (a city has none). */
export const createAreaBody = z.strictObject({ code: areaCode, name: areaName, level: areaLevel, parentCode: areaCode.nullable().default(null), sort: areaSort.optional() });
/** PATCH /api/areas/:code: rename or reorder (the place in the tree and the code never change). */
export const updateAreaBody = z.strictObject({ name: areaName.optional(), sort: areaSort.optional() });

export const areaAnswer = z.object({ area: areaView });
/** Every area, parents before their children. */
export const areaListAnswer = z.object({ areas: z.array(areaView) });
