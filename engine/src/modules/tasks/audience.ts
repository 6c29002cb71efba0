import { likeEscaped } from '../../db/like';

/**
 * A task's candidates packed into one short ASCII column that sits in the inbox index, so the
 * database decides who sees a task from the index alone instead of reading every open task's
 * JSON lists. `*` means the task names no candidates (every worker's); otherwise each candidate
 * is `|g:<group>|` or `|u:<username>|`. Names that can never be a group key or username are left
 * out (they match nobody); `|-|` marks a task whose candidates all were such names.
 */
export const AUDIENCE_MAX = 700;
export const EVERYONE = '*';

const GROUP = /^[a-z][a-z0-9_-]{0,63}$/;
const USERNAME = /^[A-Za-z0-9_.-]{2,64}$/;

export function audienceOf(candidateGroups: string[], candidateUsers: string[]): string {
  if (candidateGroups.length === 0 && candidateUsers.length === 0) return EVERYONE;
  const entries = [...candidateGroups.filter((g) => GROUP.test(g)).map((g) => `g:${g}`), ...candidateUsers.filter((u) => USERNAME.test(u)).map((u) => `u:${u}`)];
  let audience = '|';
  for (const entry of entries) {
    // Past the column's width a candidate is dropped: the task stays visible to supervisors and the rest.
    if (audience.length + entry.length + 1 > AUDIENCE_MAX) break;
    audience += `${entry}|`;
  }
  return audience === '|' ? '|-|' : audience;
}

/** The LIKE pattern (with ESCAPE '!') that finds one candidate in an audience. */
export const audienceMember = (kind: 'g' | 'u', name: string) => `%|${kind}:${likeEscaped(name)}|%`;
