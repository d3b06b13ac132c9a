import type { Actor } from '../../engine/scenario.js';
import type { OptionRecord, TurnRecord } from '../../engine/run-record.js';

export interface TermDifference {
  readonly interest: string;
  readonly label: string;
  readonly difference: number;
}

/**
 * Why the chosen option beat its strongest rival: the interest terms whose expected
 * contributions differ most between the two, largest first.
 */
export function explainChoice(
  actor: Actor,
  turn: TurnRecord,
  limit = 3,
): { rival: OptionRecord; terms: TermDifference[] } | undefined {
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
  return { rival, terms };
}
