import { assessTurn } from '../../engine/assess-turn.js';
import { type OptionRecord, toTurnRecord } from '../../engine/run-record.js';
import type { SeatedRun } from '../../engine/seated-run.js';
import type { PlayedTurn } from '../../engine/turn.js';

/**
 * The awaited seat's options (legal actions, in the actor's order) as the run record will
 * store them once the turn is played: built by the engine's own `toTurnRecord`, so rounded
 * as the record rounds. A figure a person sees before choosing is then the one
 * `wargame replay` shows of that turn (a probability of 2e-8 is `0%` in both, not `<1%`
 * live and `0%` after). Empty when no turn is awaited.
 */
export function recordedOptions(seated: SeatedRun): readonly OptionRecord[] {
  const assessment = assessTurn(seated.scenario, seated.run);
  if (assessment === undefined) return [];
  // The turn is not played yet: no choice (-1), no chance outcome, no events. Only the
  // options of the record are read, and they depend on the assessment alone.
  const unplayed: PlayedTurn = {
    turn: assessment.turn,
    actor: assessment.actor,
    assessment,
    chosen: -1,
    decidedBy: 'human',
    outcome: -1,
    outcomeProbability: 0,
    events: [],
  };
  return toTurnRecord(seated.scenario, unplayed, seated.run.values).options;
}
