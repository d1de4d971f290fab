import { importJWK, type JWK } from 'jose';
import { AppError, type ErrorDetail } from '../errors';

/** The two signing algorithms SMART Backend Services requires servers to support. */
export const assertionAlgorithms = ['RS384', 'ES384'] as const;

const privateParts = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** The algorithm a key is used with, or why it cannot be used for client assertions. */
function algorithmOf(key: Record<string, unknown>): { alg: string } | { problem: string } {
  if (privateParts.some((part) => part in key))
    return { problem: 'is a private key: paste the public key set only' };
  const alg = key.kty === 'RSA' ? 'RS384' : key.kty === 'EC' && key.crv === 'P-384' ? 'ES384' : undefined;
  if (alg === undefined) return { problem: 'must be an RSA key or an EC key on curve P-384' };
  if (key.alg !== undefined && key.alg !== alg)
    return { problem: `must be for ${alg}, not ${String(key.alg)}` };
  return { alg };
}

/**
 * Checks a pasted JWKS before it is stored: every key public, RSA (RS384) or EC P-384 (ES384), and
 * importable. Answers the key ids (`kid`, or the key's position when it has none).
 * @throws AppError VALIDATION_FAILED naming `jwks.keys.N` of each unusable key.
 */
export async function checkPublicJwks(jwks: { keys: readonly Record<string, unknown>[] }): Promise<string[]> {
  const details: ErrorDetail[] = [];
  for (const [index, key] of jwks.keys.entries()) {
    const path = `jwks.keys.${index}`;
    const found = algorithmOf(key);
    if ('problem' in found) {
      details.push({ path, message: found.problem });
      continue;
    }
    try {
      await importJWK(key as JWK, found.alg);
    } catch {
      details.push({ path, message: 'is not a usable public key' });
    }
  }
  if (details.length > 0) throw new AppError('VALIDATION_FAILED', { details });
  return keyIdsOf(jwks);
}

/** The ids of a key set's keys, for the owner's list. */
export function keyIdsOf(jwks: { keys: readonly Record<string, unknown>[] }): string[] {
  return jwks.keys.map((key, index) => (typeof key.kid === 'string' ? key.kid : `#${index + 1}`));
}
