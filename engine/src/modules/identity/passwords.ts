import argon2 from 'argon2';
import crypto from 'node:crypto';
import { passwordRulesBroken } from './password-policy';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/** Compared even for unknown users, so response time does not reveal which usernames exist. */
const DUMMY_HASH = argon2.hash('careflow-dummy-password', { type: argon2.argon2id });

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash ?? (await DUMMY_HASH), password);
  } catch {
    return false;
  }
}

/** 18 random characters from an alphabet without look-alikes (0/O, 1/l/I), drawn again until it meets the rules. */
export function randomPassword(username: string, length = 18): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  for (;;) {
    const password = Array.from(crypto.randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
    if (passwordRulesBroken(password, username).length === 0) return password;
  }
}

export const newToken = () => crypto.randomBytes(32).toString('base64url');
export const tokenId = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
