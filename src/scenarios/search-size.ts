import { parseMath } from '../engine/expression/mathjs-parser.js';
import type { Scenario } from '../engine/scenario.js';
import type { Issue } from './issue.js';
import type { Expression } from './spec.js';

/**
 * Caps on the planner's work, counted in evaluation steps: one step is one expression
 * node evaluated, or one closure called, or one state copied. On this project's machine
 * (two shared cores, Node 20) the planner did 60–150 million steps a second over
 * scenarios from light (20 actions × 5 outcomes, one-node terms) to heavy (24 interests
 * of 40-node terms); see docs/SCENARIOS.md for the measurement. So a decision at the cap
 * takes under a second, and a run at the cap under about twenty seconds.
 */
export const MAX_STEPS_PER_DECISION = 40_000_000;
export const MAX_STEPS_PER_RUN = 1_000_000_000;

/** How much one expression costs to evaluate: its syntax-tree nodes (a number is one). */
export function expressionCost(expression: Expression | undefined): number {
  if (expression === undefined) return 0;
  if (typeof expression === 'number') return 1;
  try {
    return Math.max(1, parseMath(expression).filter(() => true).length);
  } catch {
    return 1; // the compiler reports the syntax error; the cap only needs a cost
  }
}

/** What the planner pays at each kind of node of its search, per actor. */
interface ActorCost {
  readonly interests: number;
  /** Evaluating every interest term once. */
  readonly terms: number;
  /** Checking every action's precondition once. */
  readonly legality: number;
  readonly actions: readonly ActionCost[];
}

interface ActionCost {
  /** Evaluating the chance outcomes' probabilities. */
  readonly chance: number;
  /** Applying the action's effect and then each outcome's: one entry per outcome. */
  readonly outcomes: readonly number[];
}

/** The shape of a search, whether read from a spec or from a compiled scenario. */
interface SearchShape {
  readonly actors: readonly ActorCost[];
  readonly horizon: number;
  readonly lookahead: number;
  /** Random events and outcome checks, paid once a turn. */
  readonly perTurn: number;
}

function scenarioShape(scenario: Scenario): SearchShape {
  // A formula's cost is known from its compiling; only one that failed to compile is parsed again.
  const formulas = (fs: readonly { source: string; cost?: number | undefined }[]): number => fs.reduce((n, f) => n + 1 + (f.cost ?? expressionCost(f.source)), 0);
  return {
    horizon: scenario.settings.horizon,
    lookahead: scenario.settings.lookahead,
    perTurn:
      scenario.events.reduce((n, e) => n + formulas([e.probability]) + formulas(e.effect.formulas) + 1, 0) +
      formulas(scenario.outcomes.map((o) => o.condition)),
    actors: scenario.actors.map((actor) => ({
      interests: actor.interests.length,
      terms: formulas(actor.interests.map((i) => i.term)),
      legality: actor.actions.reduce((n, a) => n + (a.precondition ? formulas([a.precondition]) : 0), 0),
      actions: actor.actions.map((action) => ({
        chance: formulas(action.outcomes.flatMap((o) => (o.probability === 'rest' ? [] : [o.probability]))),
        outcomes: action.outcomes.map((o) => formulas(action.effect.formulas) + formulas(o.effect.formulas) + 2),
      })),
    })),
  };
}

/**
 * The worst-case steps of one decision on `turn`: every action legal, every chance
 * outcome possible, every reply in the lookahead explored, the window's interest terms
 * evaluated at every leaf. Mirrors `Planner.assess`.
 */
function decisionSteps(shape: SearchShape, turn: number): number {
  const { actors, horizon, lookahead } = shape;
  const actorAt = (t: number): ActorCost => actors[(t - 1) % actors.length]!;
  const window = new Set<ActorCost>();
  for (let t = turn; t <= Math.min(horizon, turn + lookahead); t++) window.add(actorAt(t));
  const width = [...window].reduce((n, a) => n + a.interests, 0);
  const leaf = [...window].reduce((n, a) => n + a.terms, 0);
  // Every node at the same turn and depth costs the same, so each is computed once.
  const memo = new Map<number, number>();
  const future = (t: number, remaining: number): number => {
    if (remaining === 0 || t > horizon) return leaf;
    const key = t * 8 + remaining;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const mover = actorAt(t);
    const below = future(t + 1, remaining - 1);
    const steps = mover.legality + mover.actions.reduce((n, a) => n + actionSteps(a, below) + mover.interests + width, 0);
    memo.set(key, steps);
    return steps;
  };
  const actionSteps = (action: ActionCost, below: number): number =>
    action.chance + action.outcomes.reduce((n, effect) => n + effect + below + (action.outcomes.length > 1 ? width : 0), 0);
  const mover = actorAt(turn);
  const below = future(turn + 1, lookahead);
  return mover.legality + mover.actions.reduce((n, a) => n + actionSteps(a, below) + mover.interests, 0);
}

/** The worst decision's steps and a whole run's, for a search shape. */
function searchSteps(shape: SearchShape): { worstDecision: number; run: number } {
  let worstDecision = 0;
  let run = 0;
  for (let turn = 1; turn <= shape.horizon; turn++) {
    const steps = decisionSteps(shape, turn);
    worstDecision = Math.max(worstDecision, steps);
    run += steps + shape.perTurn;
  }
  return { worstDecision, run };
}

/**
 * The worst-case steps of a compiled scenario's costliest decision and of one whole run
 * (what `validate` budgets its trial runs by).
 */
export function scenarioSteps(scenario: Scenario): { worstDecision: number; run: number } {
  return searchSteps(scenarioShape(scenario));
}

/**
 * Scenarios whose worst case would take minutes per decision, or far longer per run, are
 * refused at load rather than let a run appear to hang. The count is of work, not of
 * paths: a path that ends in twenty-four heavy interest terms costs what it costs.
 */
export function searchSizeIssues(scenario: Scenario): Issue[] {
  const { actors } = scenario;
  const { horizon, lookahead } = scenario.settings;
  const sane = Number.isInteger(horizon) && horizon >= 1 && horizon <= 10_000;
  if (actors.length === 0 || !sane || !Number.isInteger(lookahead) || lookahead < 0 || lookahead > 3) return [];
  const { worstDecision, run } = searchSteps(scenarioShape(scenario));
  const count = (n: number): string => Math.round(n).toLocaleString('en');
  if (worstDecision > MAX_STEPS_PER_DECISION) {
    return [
      {
        path: ['decision', 'lookahead'],
        message:
          `with lookahead ${lookahead} one decision can take ${count(worstDecision)} evaluation steps ` +
          `(actions × chance outcomes × anticipated replies × interest terms); the limit is ${count(MAX_STEPS_PER_DECISION)}: ` +
          `lower the lookahead, or give actors fewer actions, outcomes or interests, or simpler expressions`,
      },
    ];
  }
  if (run > MAX_STEPS_PER_RUN) {
    return [
      {
        path: ['horizon'],
        message: `${horizon} turns take up to ${count(run)} evaluation steps, more than ${count(MAX_STEPS_PER_RUN)} per run: shorten the horizon or lower the lookahead`,
      },
    ];
  }
  return [];
}
