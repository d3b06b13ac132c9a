import type { Scenario } from '../../engine/scenario.js';
import { outcomeLabels } from '../../engine/scenario-labels.js';
import type { TurnRecord } from '../../records/run-record.js';

/** `Iran → Close the Strait of Hormuz: shipping stops`, by the labels the scenario gives. */
export function timelineMove(scenario: Scenario, turn: TurnRecord): string {
  const named = outcomeLabels(scenario, { actor: turn.actor, action: turn.choice ?? '', outcome: turn.chance?.outcome ?? '' });
  const move = turn.choice === null ? 'passes' : named.action;
  const chance = turn.chance ? `: ${named.outcome}` : '';
  return `${named.actor} → ${move}${chance}`;
}
