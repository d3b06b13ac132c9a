/**
 * Rounded to six decimals, as every number in a record is: the engine works at full
 * precision. Never −0, which JSON cannot write: a record must read back as it was made.
 */
export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6 + 0;
