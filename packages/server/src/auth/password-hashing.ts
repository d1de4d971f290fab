import { hash, verify } from '@node-rs/argon2';
import type { Argon2Settings } from './auth-settings';

/** Hashes a password with argon2id (the library's default algorithm) and a random 16-byte salt. */
export function hashPassword(password: string, settings: Argon2Settings): Promise<string> {
  return hash(password, {
    memoryCost: settings.memoryCost,
    timeCost: settings.timeCost,
    parallelism: settings.parallelism,
  });
}

/** True when `password` matches the stored PHC string; a malformed hash never matches. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
