import { type Algorithm, hash, verify } from '@node-rs/argon2';

// The enum is a const enum, which isolated modules cannot read at run time.
const ARGON2ID = 2 as Algorithm.Argon2id;

// OWASP's argon2id baseline: 19 MiB, two passes, one lane.
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

let decoy: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown email cannot be told from a wrong password by timing. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('decoy password that matches no account');
  await verify(await decoy, password);
  return false;
}
