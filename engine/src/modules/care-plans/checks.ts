import type { FieldProblem } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { AppError, errors } from '../../http/errors';
import { Elder } from '../elders/entities';
import { GroupEntity } from '../identity/entities';
import { CareFields } from './entities';
import { lacksSubject } from './message';

type Checked = Pick<CareFields, 'kind' | 'channel' | 'message' | 'subject' | 'owner'>;

/** What the contract cannot see alone: a visit is a home visit's channel and only its, a message that reads out {事项} needs one, and the owner group must exist (its agents get the calls). */
export async function fieldProblems(dataSource: DataSource, fields: Checked): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (fields.owner.kind === 'group' && !(await dataSource.getRepository(GroupEntity).existsBy({ key: fields.owner.group }))) {
    problems.push({ path: 'owner.group', message: `no group ${fields.owner.group}`, code: 'unknown_group', params: { value: fields.owner.group } });
  }
  if ((fields.kind === 'home_visit') !== (fields.channel === 'visit')) problems.push({ path: 'channel', message: 'a home visit goes by channel visit, and only a home visit does', code: 'care_visit_channel' });
  if (lacksSubject(fields)) problems.push({ path: 'subject', message: 'the message reads out {事项}: say what it is', code: 'required' });
  return problems;
}

export async function checkFields(dataSource: DataSource, fields: Checked): Promise<void> {
  const problems = await fieldProblems(dataSource, fields);
  if (problems.length) throw errors.invalidInput(problems);
}

/**
 * A plan the elder's file cannot carry (422: the request is well formed, the elder is not fit for it):
 * the elder is no longer served, or the plan is the community worker's and the file names none.
 */
export function checkElderFits(elder: Elder, owner: CareFields['owner']): void {
  const problems: FieldProblem[] = [];
  if (elder.status !== 'active') problems.push({ path: 'elderId', message: `the elder file is ${elder.status}`, code: 'elder_not_active', params: { value: elder.status } });
  if (owner.kind === 'community_worker' && !elder.communityWorker?.name) problems.push({ path: 'owner', message: 'the elder file names no community worker', code: 'no_community_worker' });
  if (problems.length) throw new AppError(422, 'invalid_input', 'The plan does not fit the elder file', problems);
}
