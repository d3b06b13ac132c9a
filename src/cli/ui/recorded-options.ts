import { assessTurn } from '../../engine/assess-turn.js';
import { type OptionRecord, toOptionRecords } from '../../records/run-record.js';
import type { SeatedRun } from '../../engine/seated-run.js';

/**
 * The awaited seat's options as the run record will store them once the turn is played,
 * rounded as the record rounds: a figure a person sees before choosing is then the one
 * `wargame replay` shows of that turn (a probability of 2e-8 is `0%` in both, not `<1%`
 * live and `0%` after). Empty when no turn is awaited.
 */
export function recordedOptions(seated: SeatedRun): readonly OptionRecord[] {
  const assessment = assessTurn(seated.scenario, seated.run);
  return assessment === undefined ? [] : toOptionRecords(seated.scenario, assessment);
}
