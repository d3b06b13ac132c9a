import type { Assessment } from '../../engine/planner.js';
import { plannerFor } from '../../engine/planner-cache.js';
import type { Scenario } from '../../engine/scenario.js';
import { stateText } from '../state-text.js';
import { anticipate } from './anticipation.js';
import type { Findings, Place } from './findings.js';

const TOLERANCE = 1e-9;

/**
 * The planner's search, checked at one decision against a plain restatement of its
 * definition (`anticipate`): the mover's expected utilities agree, and after each of its
 * moves the reply it anticipates is the reply the replier plays from that state, searching
 * the `lookahead − 1` moves the mover's lookahead leaves it (`shorter`: the scenario with
 * that lookahead; where the horizon cuts both searches short they are the same).
 */
export function checkAnticipation(
  findings: Findings,
  scenario: Scenario,
  shorter: Scenario | undefined,
  values: Float64Array,
  assessment: Assessment,
  place: Place,
  budget: number,
): void {
  const anticipation = anticipate(scenario, values, assessment.turn, budget);
  if (anticipation === undefined) {
    findings.skipped++;
    return;
  }
  const actor = scenario.actors[assessment.actor]!;
  const worst = anticipation.utilities.reduce((w, u, i) => (gap(u, assessment.utilities[i]) > gap(anticipation.utilities[w]!, assessment.utilities[w]) ? i : w), 0);
  const agree = anticipation.utilities.length === assessment.legal.length && anticipation.utilities.every((u, i) => gap(u, assessment.utilities[i]) <= TOLERANCE);
  findings.expect('anticipation', agree, place, () =>
    `${actor.name}'s expected utility of '${actor.actions[assessment.legal[worst]!]?.id}' is ${assessment.utilities[worst]}; its definition gives ${anticipation.utilities[worst]}`,
  );
  if (shorter === undefined) return;
  // Where the horizon cuts both searches short, the replier's own search is the one the
  // mover anticipates: compare with the scenario itself, what the replier then plays.
  const { lookahead, horizon } = scenario.settings;
  const replier = plannerFor(assessment.turn + lookahead >= horizon ? scenario : shorter);
  for (const { action, outcome, state, reply } of anticipation.replies) {
    if (reply === undefined) continue;
    const played = replier.assess(state, assessment.turn + 1);
    const holds =
      played.legal.length === reply.legal.length &&
      played.legal.every((b, i) => b === reply.legal[i]) &&
      reply.probabilities.every((p, i) => Math.abs(p - played.probabilities[i]!) <= TOLERANCE);
    const move = actor.actions[action]!;
    const name = scenario.actors[played.actor]!.name;
    const ok = findings.expect('anticipation', holds, place, () =>
      `after '${move.id}'${move.outcomes.length > 1 ? ` (outcome '${move.outcomes[outcome]!.id}')` : ''}, ${actor.name} anticipates ` +
      `${name}'s reply with probabilities [${reply.probabilities.join(', ')}] over [${reply.legal.join(', ')}]; ` +
      `from that state ${name} plays [${[...played.probabilities].join(', ')}] over [${played.legal.join(', ')}] (state ${stateText(scenario, state)})`,
    );
    if (!ok) return;
  }
}

function gap(a: number, b: number | undefined): number {
  if (b === undefined) return Infinity;
  return Math.abs(a - b) / Math.max(1, Math.abs(a));
}
