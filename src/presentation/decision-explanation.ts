import type { Actor } from '../engine/scenario.js';
import type { OptionRecord, TurnRecord } from '../records/run-record.js';

export interface TermDifference {
  readonly interest: string;
  readonly label: string;
  /** Chosen option's contribution minus the rival's: positive terms favour the choice. */
  readonly difference: number;
}

export interface ChoiceExplanation {
  /** The strongest other option by expected utility. */
  readonly rival: OptionRecord;
  /** Whether the choice had the higher expected utility (else the logit draw favoured a weaker option). */
  readonly best: boolean;
  /** Whether the two are level at the two decimals shown: then neither beat the other. */
  readonly tied: boolean;
  /** Expected utility of the choice minus the rival's. */
  readonly margin: number;
  /** The interest terms that separate the two most, largest first. */
  readonly terms: readonly TermDifference[];
}

/** How the chosen option compares with its strongest rival, term by term. */
export function explainChoice(actor: Actor, turn: TurnRecord, limit = 3): ChoiceExplanation | undefined {
  const chosen = turn.options.find((o) => o.action === turn.choice);
  const rivals = turn.options.filter((o) => o !== chosen);
  if (chosen === undefined || rivals.length === 0) return undefined;
  const rival = rivals.reduce((a, b) => (b.expectedUtility > a.expectedUtility ? b : a));
  const terms = chosen.terms
    .map((term, k) => ({
      interest: term.interest,
      label: actor.interests[k]?.label ?? term.interest,
      difference: term.contribution - rival.terms[k]!.contribution,
    }))
    .filter((t) => Math.abs(t.difference) >= 0.005)
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
    .slice(0, limit);
  const margin = chosen.expectedUtility - rival.expectedUtility;
  return { rival, best: margin >= 0, tied: Math.abs(margin) < 0.005, margin, terms };
}
