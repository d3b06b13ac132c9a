import { ReplayError } from './replay-error.js';
import { RUN_RECORD_FORMAT, type RunRecord } from './run-record.js';
import type { Scenario } from './scenario.js';
import { ENGINE_VERSION } from './version.js';

/** Throws ReplayError unless `record` was made by this engine version from this exact scenario. */
export function assertReplayable(scenario: Scenario, record: RunRecord): void {
  if (record.format !== RUN_RECORD_FORMAT) throw new ReplayError(`not a run record: format is '${String(record.format)}'`);
  if (record.scenario.id !== scenario.id || record.scenario.hash !== scenario.hash) {
    throw new ReplayError(
      `the record was made with scenario '${record.scenario.id}' ${record.scenario.hash}; this is '${scenario.id}' ${scenario.hash}`,
    );
  }
  if (record.engineVersion !== ENGINE_VERSION) {
    throw new ReplayError(`the record was made by engine ${record.engineVersion}; this is engine ${ENGINE_VERSION}`);
  }
}
