import { EntitySchema } from 'typeorm';
import type { Satisfaction } from '@careflow/contracts';
import { column, named } from '../../db/columns';

/** The sums one rating row keeps: the closed cases with a satisfaction level, by level. */
export const RATING_SUMS = {
  rated: 'rated',
  satVerySatisfied: 'sat_very_satisfied',
  satSatisfied: 'sat_satisfied',
  satNeutral: 'sat_neutral',
  satUnsatisfied: 'sat_unsatisfied',
  satVeryUnsatisfied: 'sat_very_unsatisfied',
} as const;
export type RatingSums = Record<keyof typeof RATING_SUMS, number>;

/** Where a rated case falls: its closing day (local), its agent ('' none), service type and area ('' none). */
export interface RatingPlace {
  day: string;
  agent: string;
  serviceType: string;
  areaPath: string;
}

export type RatingStat = RatingSums & RatingPlace;

/** Pre-aggregated satisfaction per local day, agent, service type and area: the satisfaction report reads these. */
export const RatingStatEntity = new EntitySchema<RatingStat>({
  name: 'RatingStat',
  tableName: 'rating_stats',
  columns: {
    day: { type: 'varchar', length: 10, primary: true },
    agent: { ...column.text(64), primary: true },
    serviceType: { ...named('service_type', column.text(64)), primary: true },
    areaPath: { ...named('area_path', column.text(200)), primary: true },
    ...Object.fromEntries(Object.entries(RATING_SUMS).map(([k, name]) => [k, { name, type: 'int' as const, default: 0 }])),
  },
});

/** What the elder said on a rated case's return visit, kept with the rating (the satisfaction report lists the latest). */
export interface RatingComment {
  caseId: string;
  caseNumber: string;
  at: Date;
  agent: string;
  serviceType: string;
  areaPath: string;
  satisfaction: Satisfaction;
  note: string;
}

export const RatingCommentEntity = new EntitySchema<RatingComment>({
  name: 'RatingComment',
  tableName: 'rating_comments',
  columns: {
    caseId: { ...named('case_id', column.id()), primary: true },
    caseNumber: named('case_number', column.text(32)),
    at: column.time(),
    agent: column.text(64),
    serviceType: named('service_type', column.text(64)),
    areaPath: named('area_path', column.text(200)),
    satisfaction: column.text(20),
    note: column.text(1000),
  },
  indices: [{ name: 'ix_rating_comments_at', columns: ['at'] }],
});
