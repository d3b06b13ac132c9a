import { ReplayError } from '../engine/replay-error.js';
import { RUN_RECORD_FORMAT, type RunRecord } from '../engine/run-record.js';
import { readInput } from '../scenarios/load.js';

/** Reads a saved run record, refusing anything that is not one with a one-line reason. */
export function readRecord(path: string): RunRecord {
  const text = readInput(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReplayError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const record = data as Partial<RunRecord> | null;
  if (record === null || typeof record !== 'object' || record.format !== RUN_RECORD_FORMAT) {
    throw new ReplayError(`${path}: not a wargame run record (expected "format": "${RUN_RECORD_FORMAT}")`);
  }
  if (typeof record.scenario?.id !== 'string' || !Number.isSafeInteger(record.seed) || !Array.isArray(record.turns)) {
    throw new ReplayError(`${path}: the run record is incomplete (it needs scenario.id, seed and turns)`);
  }
  return record as RunRecord;
}
