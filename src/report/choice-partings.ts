import { explainChoice } from '../presentation/decision-explanation.js';
import type { RunRecord, TurnRecord } from '../records/run-record.js';
import type { Scenario } from '../engine/scenario.js';
import { turnActor } from './run-labels.js';

/** A person's choice set beside the model's preference on the same turn. */
export interface PersonChoice {
  readonly turn: TurnRecord;
  /** The option the model rates highest on that turn (the choice itself when they agree). */
  readonly preferred: string;
  /** How far the model's preferred option scores above the person's choice; 0 when they agree. */
  readonly margin: number;
  readonly agrees: boolean;
}

/**
 * Every choice a person made in a run, each with whether it matched the model's preferred
 * option. A choice level with the best (at the two decimals shown) counts as agreeing.
 */
export function personChoices(scenario: Scenario, record: RunRecord): PersonChoice[] {
  return record.turns
    .filter((t) => t.decidedBy === 'human' && t.choice !== null)
    .map((turn) => {
      const why = explainChoice(turnActor(scenario, turn), turn);
      if (why === undefined || why.best || why.tied) return { turn, preferred: turn.choice!, margin: 0, agrees: true };
      return { turn, preferred: why.rival.action, margin: -why.margin, agrees: false };
    });
}
