import { ChoiceError } from '../engine/choice-error.js';
import type { Assessment } from '../engine/planner.js';
import { type RunState, startRun } from '../engine/run-state.js';
import type { Scenario } from '../engine/scenario.js';
import { playTurn } from '../engine/turn.js';
import { playAll, playTurns, WAIT } from '../engine/turn-loop.js';
import { type ScenarioHeader, scenarioHeader } from '../records/scenario-header.js';
import { round6 } from '../records/round6.js';

/** Term values closer than this are the same value computed by two routes. */
const SAME_TERM = 1e-9;

/** The chosen option against one rival: expected utilities and each term's share of the gap. */
export interface RivalMargin {
  readonly action: string;
  readonly expectedUtility: number;
  readonly probability: number;
  /** Chosen option's expected utility minus this rival's. */
  readonly margin: number;
  readonly terms: readonly {
    readonly interest: string;
    readonly weight: number;
    /** Expected term value after the chosen option, and after the rival. */
    readonly chosen: number;
    readonly rival: number;
    /** weight × (chosen − rival): this term's part of the margin; the parts sum to it. */
    readonly difference: number;
  }[];
}

/** Where one of the mover's weights would make another option the best by expected utility. */
export interface WeightThreshold {
  readonly interest: string;
  readonly weight: number;
  /** The weight above which `option` overtakes the best option; null if none ever does. */
  readonly raiseTo: { readonly weight: number; readonly option: string } | null;
  /** The weight below which `option` overtakes it, if one does before the weight reaches 0. */
  readonly lowerTo: { readonly weight: number; readonly option: string } | null;
}

export interface DecisionMargin {
  readonly scenario: ScenarioHeader;
  readonly overrides?: Readonly<Record<string, number>> | undefined;
  readonly seed: number;
  readonly turn: number;
  readonly actor: string;
  /** The action the run took (a logit draw), or null when the actor had no legal action. */
  readonly chosen: string | null;
  /** The option with the highest expected utility. */
  readonly best: string | null;
  readonly rivals: readonly RivalMargin[];
  readonly thresholds: readonly WeightThreshold[];
  /**
   * Whether the thresholds are exact. The mover's expected utility is Σ_k w_k · v_k, where
   * v_k is the expected value of its term k after the option and the replies it
   * anticipates; those replies are chosen with the repliers' weights, so v_k does not
   * depend on the mover's own weights and the expected utility is linear in them. That
   * fails only when the mover itself replies within its lookahead (fewer actors than
   * lookahead + 1); then the thresholds are the linear estimate at the current weights.
   */
  readonly exact: boolean;
}

/**
 * The margin of the decision on turn `turn` of the run with `seed`: the option taken
 * against every other legal option, term by term, and for each of the mover's interests
 * the weight at which another option would have the highest expected utility (holding
 * the state the run reached, and every other weight, fixed). Throws a RangeError for a
 * turn outside 1 … horizon.
 */
export function decisionMargin(scenario: Scenario, options: { readonly seed: number; readonly turn: number }): DecisionMargin {
  const { seed, turn } = options;
  const { horizon, lookahead } = scenario.settings;
  if (!Number.isSafeInteger(turn) || turn < 1 || turn > horizon) {
    throw new RangeError(`turn must be a whole number from 1 to ${horizon} (the horizon of '${scenario.id}'), not ${turn}`);
  }
  const before = stateBefore(scenario, seed, turn);
  const played = playTurn(scenario, before);
  if (!played.ok) throw new ChoiceError(turn, played);
  const { assessment, chosen } = played.played;
  const actor = scenario.actors[assessment.actor]!;
  const ids = assessment.legal.map((a) => actor.actions[a]!.id);
  const best = bestIndex(assessment);
  const recurs = scenario.actors.length <= lookahead && turn + scenario.actors.length <= horizon;
  return {
    scenario: scenarioHeader(scenario),
    ...(Object.keys(scenario.overrides).length > 0 ? { overrides: { ...scenario.overrides } } : {}),
    seed,
    turn,
    actor: actor.id,
    chosen: chosen < 0 ? null : ids[chosen]!,
    best: best < 0 ? null : ids[best]!,
    rivals: chosen < 0 ? [] : ids.flatMap((id, i) => (i === chosen ? [] : [rival(scenario, assessment, chosen, i, id)])),
    thresholds: best < 0 ? [] : actor.interests.map((interest, k) => threshold(assessment, best, k, interest.id, interest.weight, ids)),
    exact: !recurs,
  };
}

/** The run state just before `turn`, every earlier turn decided by the model. */
export function stateBefore(scenario: Scenario, seed: number, turn: number): RunState {
  // The one turn loop, stopped before `turn`: the model decides every turn before it.
  return playAll(playTurns(scenario, startRun(scenario, seed), (next) => (next >= turn ? WAIT : undefined))).run;
}

/** Index into `legal` of the highest expected utility (the first, on a tie); -1 with no options. */
export function bestIndex(assessment: Assessment): number {
  let best = -1;
  for (let i = 0; i < assessment.legal.length; i++) {
    if (best < 0 || assessment.utilities[i]! > assessment.utilities[best]!) best = i;
  }
  return best;
}

function rival(scenario: Scenario, assessment: Assessment, chosen: number, i: number, id: string): RivalMargin {
  const actor = scenario.actors[assessment.actor]!;
  const a = assessment.terms[chosen]!;
  const b = assessment.terms[i]!;
  return {
    action: id,
    expectedUtility: round6(assessment.utilities[i]!),
    probability: round6(assessment.probabilities[i]!),
    margin: round6(assessment.utilities[chosen]! - assessment.utilities[i]!),
    terms: actor.interests.map((interest, k) => ({
      interest: interest.id,
      weight: interest.weight,
      chosen: round6(a[k]!),
      rival: round6(b[k]!),
      difference: round6(interest.weight * (a[k]! - b[k]!)),
    })),
  };
}

/**
 * With w_k changed by δ, option a's utility is EU_a + δ·v_ak, so a overtakes the best
 * option b where δ = (EU_b − EU_a)/(v_ak − v_bk): upwards when v_ak > v_bk, downwards
 * otherwise. The nearest crossing on each side wins.
 */
function threshold(assessment: Assessment, best: number, k: number, interest: string, weight: number, ids: readonly string[]): WeightThreshold {
  let up: { delta: number; option: number } | undefined;
  let down: { delta: number; option: number } | undefined;
  const vb = assessment.terms[best]![k]!;
  for (let a = 0; a < ids.length; a++) {
    if (a === best) continue;
    const slope = assessment.terms[a]![k]! - vb;
    // Two options that leave a term the same differ only by rounding: no crossing.
    if (Math.abs(slope) <= SAME_TERM) continue;
    const delta = (assessment.utilities[best]! - assessment.utilities[a]!) / slope;
    if (slope > 0 && (up === undefined || delta < up.delta)) up = { delta, option: a };
    if (slope < 0 && weight + delta >= 0 && (down === undefined || delta > down.delta)) down = { delta, option: a };
  }
  return {
    interest,
    weight,
    raiseTo: up === undefined ? null : { weight: weight + up.delta, option: ids[up.option]! },
    lowerTo: down === undefined ? null : { weight: weight + down.delta, option: ids[down.option]! },
  };
}
