import { dictionary } from '@zxcvbn-ts/language-common';
import { FieldProblem } from '../../http/errors';

/**
 * The password rules (等保 level 3: length, complexity, no user name, no common password). Every
 * password a person chooses or an admin sets passes here, the first admin's from the environment too.
 */
export const PASSWORD_MIN_LENGTH = 8;
const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];
const CLASSES_NEEDED = 3;

export type PasswordRule = 'password_too_short' | 'password_too_simple' | 'password_has_username' | 'password_common';

const MESSAGES: Record<PasswordRule, string> = {
  password_too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  password_too_simple: `must mix ${CLASSES_NEEDED} of: lower-case letters, upper-case letters, digits, symbols`,
  password_has_username: 'must not contain the user name',
  password_common: 'is one of the most common passwords',
};

let common: Set<string> | undefined;
/** zxcvbn-ts's list of the most common passwords (about 49,000, MIT), read on first use. */
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => String(p).toLowerCase())));

/** Each rule the password breaks (none: it may be used). */
export function passwordRulesBroken(password: string, username: string): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) broken.push('password_too_short');
  if (CLASSES.filter((c) => c.test(password)).length < CLASSES_NEEDED) broken.push('password_too_simple');
  if (username && password.toLowerCase().includes(username.toLowerCase())) broken.push('password_has_username');
  if (commonPasswords().has(password.toLowerCase())) broken.push('password_common');
  return broken;
}

/** The broken rules as field problems of `path`, one each, for a 400. */
export function passwordProblems(password: string, username: string, path: string): FieldProblem[] {
  return passwordRulesBroken(password, username).map((code) => ({ path, code, message: MESSAGES[code] }));
}

/** The broken rules in one sentence (for configuration errors at start-up). */
export const passwordRulesText = (password: string, username: string) => passwordRulesBroken(password, username).map((code) => MESSAGES[code]).join('; ');
