import type { Scenario } from '../../engine/scenario.js';
import type { TurnRecord } from '../../records/run-record.js';

/** `Iran → Close the Strait of Hormuz: shipping stops`, by the labels the scenario gives. */
export function timelineMove(scenario: Scenario, turn: TurnRecord): string {
  const actor = scenario.actors.find((a) => a.id === turn.actor);
  const action = actor?.actions.find((a) => a.id === turn.choice);
  const outcome = turn.chance ? action?.outcomes.find((o) => o.id === turn.chance!.outcome) : undefined;
  const move = turn.choice === null ? 'passes' : (action?.label ?? turn.choice);
  const chance = turn.chance ? `: ${outcome?.label ?? turn.chance.outcome}` : '';
  return `${actor?.name ?? turn.actor} → ${move}${chance}`;
}
