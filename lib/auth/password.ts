/**
 * Password hashing: argon2id at OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane).
 */
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2's Algorithm enum is a const enum that isolatedModules cannot read: 2 = Argon2id.
const ARGON2ID = 2;

export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456, // KiB = 19 MiB
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
