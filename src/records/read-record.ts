import { ReplayError } from './replay-error.js';
import type { RunRecord } from './run-record.js';
import { parseRunRecord } from './parse-run-record.js';
import { readInput } from '../scenarios/read-input.js';

/**
 * Records are our own JSON: far larger than any scenario file, but not unbounded. The
 * largest a scenario file can make (500 turns, 24 options of 24 terms, 300 quantities)
 * is about 36 MB; reading and checking a record takes about five times its size in memory.
 */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Reads a saved run record, refusing anything that is not one with a one-line reason. */
export function readRecord(path: string): RunRecord {
  const tooLarge = (size: string): Error => new ReplayError(`${path}: ${size} is more than a run record can be (${MAX_RECORD_BYTES} bytes)`);
  return parseRunRecord(readInput(path, MAX_RECORD_BYTES, tooLarge), path);
}
