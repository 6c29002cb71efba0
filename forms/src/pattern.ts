import { RE2JS } from 're2js';
import safeRegex from 'safe-regex2';

/**
 * Field patterns are regular expressions written by analysts. They run on RE2JS (a port of RE2:
 * time linear in the input, no backtracking), on the server and in the browser, so no pattern can
 * freeze either. When a form is saved, a pattern must also be one that a backtracking engine runs
 * safely (safe-regex2: no nested repetition), as the same text may be copied elsewhere.
 */
export const MAX_PATTERN_LENGTH = 200;

const compiled = new Map<string, RE2JS | null>();

function re2(pattern: string): RE2JS | null {
  let re = compiled.get(pattern);
  if (re === undefined) {
    try {
      re = pattern.length > MAX_PATTERN_LENGTH ? null : RE2JS.compile(RE2JS.translateRegExp(pattern));
    } catch {
      re = null;
    }
    if (compiled.size >= 500) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

/** Why a pattern may not be saved, or undefined. */
export function patternProblem(pattern: unknown): string | undefined {
  if (typeof pattern !== 'string' || pattern.length > MAX_PATTERN_LENGTH) return `is not a usable regular expression (text of ${MAX_PATTERN_LENGTH} characters at most)`;
  try {
    new RegExp(pattern); // compiled, never run: the syntax analysts know
  } catch {
    return 'is not a usable regular expression';
  }
  if (!re2(pattern)) return 'uses look-around or back-references, which form patterns may not (they cannot be checked in linear time)';
  if (!safeRegex(pattern)) return 'may take exponential time on some inputs (a repetition inside a repetition, e.g. (a+)+): write it without nesting';
  return undefined;
}

/**
 * Whether the value matches anywhere (as RegExp.test does). undefined when the pattern cannot run in
 * linear time: one stored before patterns were checked is then not applied rather than run.
 */
export function matchesPattern(pattern: string | RegExp, value: string): boolean | undefined {
  const re = re2(typeof pattern === 'string' ? pattern : pattern.source);
  return re ? re.test(value) : undefined;
}
