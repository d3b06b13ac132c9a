import { randomInt } from 'node:crypto';

/**
 * Join codes: short to type, hard to guess. 31 symbols without look-alikes (no 0/O, 1/I/L),
 * 8 of them: 31^8 ≈ 2^39.6 codes, drawn with node:crypto. This is the classroom's edge:
 * the engine's seeded generator is not involved, so a run's determinism is untouched.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

/** Bits of guessing a code takes. */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

/** A fresh code, unlike any in `taken`, written `ABCD-EFGH` for reading aloud. */
export function newJoinCode(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    const shown = `${code.slice(0, 4)}-${code.slice(4)}`;
    if (!taken.has(shown)) return shown;
  }
}

/**
 * A typed code as the host compares it: case, spaces and hyphens ignored, and the
 * look-alikes a student may type for a missing symbol (O for 0, I or L for 1) mapped as
 * the alphabet would never hold them, so they simply fail.
 */
export function normalJoinCode(typed: string): string {
  const bare = typed.toUpperCase().replace(/[\s-]/g, '');
  return bare.length === CODE_LENGTH ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
}
