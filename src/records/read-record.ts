import { ReplayError } from '../engine/replay-error.js';
import type { RunRecord } from './run-record.js';
import { parseRunRecord } from './parse-run-record.js';
import { readInput } from '../scenarios/load.js';

/** Records are our own JSON: far larger than any scenario file, but not unbounded. */
const MAX_RECORD_BYTES = 256 * 1024 * 1024;

/** Reads a saved run record, refusing anything that is not one with a one-line reason. */
export function readRecord(path: string): RunRecord {
  const tooLarge = (size: number): Error => new ReplayError(`${path}: ${size} bytes is more than a run record can be (${MAX_RECORD_BYTES})`);
  return parseRunRecord(readInput(path, MAX_RECORD_BYTES, tooLarge), path);
}
