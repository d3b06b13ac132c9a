import { wilsonInterval } from '../batch/wilson-interval.js';
import { LeanRun } from '../batch/lean-run.js';
import { loadResolvedScenario } from '../scenarios/load.js';
import { withOverrides } from '../scenarios/with-overrides.js';
import type { Scenario } from '../engine/scenario.js';
import type { ResolvedScenario } from '../scenarios/resolved-scenario.js';
import { ScenarioError } from '../scenarios/scenario-error.js';
import { didYouMean } from '../text/did-you-mean.js';
import { withActionOutcome } from './action-taken.js';
import { type Claim, circumstancePath, contextOverrides } from './claim.js';
import { claimLevels } from './claim-levels.js';
import { type ClaimVerdict, verdictOf } from './claim-verdict.js';

/** How a ledger is measured: `runs` seeds, `seed` … `seed + runs − 1`, the same at every level. */
export interface LedgerOptions {
  readonly runs: number;
  readonly seed: number;
}

/** The outcome's share at one level of the circumstance. */
export interface LevelShare {
  readonly level: number;
  readonly held: number;
  readonly share: number;
  /** 95% Wilson interval. */
  readonly interval: readonly [number, number];
}

/** One claim measured at the scenario as written (plus its stated context, if any). */
export interface ClaimMeasurement extends ClaimVerdict {
  readonly claim: Claim;
  /** The `--set` path the circumstance varies. */
  readonly path: string;
  readonly runs: number;
  readonly seed: number;
  readonly levels: readonly LevelShare[];
}

/**
 * Plays the claim's scenario at each level of its circumstance, over the same seeds at
 * every level (common random numbers), and judges the claim (see `verdictOf`).
 */
export function measureClaim(claim: Claim, options: LedgerOptions, resolved: ResolvedScenario = loadResolvedScenario(claim.scenario)): ClaimMeasurement {
  return measureClaims([claim], options, resolved)[0]!;
}

/**
 * What `measureClaim` gives each claim, for claims that vary the same circumstance over the
 * same range in the same scenario and context (`sharedRunsKey`): one set of runs serves them
 * all, each run counting every claim's outcome, as the runs are the same whichever
 * outcome is counted.
 */
export function measureClaims(claims: readonly Claim[], options: LedgerOptions, resolved?: ResolvedScenario): ClaimMeasurement[] {
  const [first] = claims;
  if (first === undefined) throw new RangeError('measureClaims needs at least one claim');
  const stray = claims.find((claim) => sharedRunsKey(claim) !== sharedRunsKey(first));
  if (stray !== undefined) throw new RangeError(`claims ${first.id} and ${stray.id} vary different circumstances, scenarios or contexts: they cannot share runs`);
  return measureSharing(claims, options, resolved ?? loadResolvedScenario(first.scenario));
}

function measureSharing(claims: readonly Claim[], options: LedgerOptions, resolved: ResolvedScenario): ClaimMeasurement[] {
  const levels = claimLevels(claims[0]!, resolved.spec);
  const outcomes = levels.map((level) => levelOutcomes(claims, level, options, resolved));
  return claims.map((claim, c) => {
    const held = outcomes.map((atLevel) => atLevel[c]!);
    const shares: LevelShare[] = held.map((runs, k) => {
      const count = runs.reduce((sum, x) => sum + x, 0);
      return { level: levels[k]!, held: count, share: count / options.runs, interval: wilsonInterval(count, options.runs) };
    });
    return { claim, path: circumstancePath(claim), runs: options.runs, seed: options.seed, levels: shares, ...verdictOf(claim.direction, shares, held) };
  });
}

/** A key that claims share when one set of runs measures them all: scenario, circumstance, range and context. */
export function sharedRunsKey(claim: Claim): string {
  return JSON.stringify([claim.scenario, circumstancePath(claim), claim.circumstance.range, claim.context ?? null]);
}

/** The claims in sets that share their runs (`sharedRunsKey`), each set in the claims' order, the sets by their first claim. */
export function claimsSharingRuns(claims: readonly Claim[]): Claim[][] {
  const sets = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = sharedRunsKey(claim);
    const set = sets.get(key);
    if (set === undefined) sets.set(key, [claim]);
    else set.push(claim);
  }
  return [...sets.values()];
}

/**
 * Whether the claim's outcome held in each run (1 or 0), seeds `seed` … `seed + runs − 1`,
 * with its circumstance at `level` and everything else as the scenario (and the claim's
 * context) has it.
 */
export function claimOutcomes(claim: Claim, level: number, options: LedgerOptions, resolved: ResolvedScenario = loadResolvedScenario(claim.scenario)): Uint8Array {
  return levelOutcomes([claim], level, options, resolved)[0]!;
}

/** `claimOutcomes` of each of claims that share their runs (`sharedRunsKey`), from one set of runs. */
function levelOutcomes(claims: readonly Claim[], level: number, options: LedgerOptions, resolved: ResolvedScenario): Uint8Array[] {
  const [claim] = claims as [Claim];
  const { scenario, indexes } = claimScenario(claims, resolved);
  const overrides = contextOverrides(claim);
  overrides[circumstancePath(claim)] = level;
  // A variant, not a compile: the levels share compiled code and this thread's decision memo.
  const run = new LeanRun(withOverrides(scenario, overrides));
  const held = claims.map(() => new Uint8Array(options.runs));
  for (let i = 0; i < options.runs; i++) {
    const outcomes = run.play(options.seed + i).held;
    for (let c = 0; c < indexes.length; c++) held[c]![i] = outcomes[indexes[c]!]!;
  }
  return held;
}

/** A claim scenario as compiled: the spec plus a counted outcome for each of `actions`, in order. */
interface CountingScenario {
  readonly scenario: Scenario;
  readonly actions: readonly string[];
}

// Per resolved scenario, its compiles so far. One compile counting the actions of many claims
// serves each of them: the counted outcomes change no decision or draw (withActionOutcome),
// and a compile makes new generated functions, which V8 optimises afresh (see `countClaims`).
const compiled = new WeakMap<ResolvedScenario, CountingScenario[]>();

/**
 * Compiles the claims' scenario once with a counted outcome for every action any of them
 * names, so that measuring any of these claims, alone or in sets, reuses that compile
 * rather than making its own. The measures are the same either way; the time is not: the
 * whole ledger at 2,000 runs took 32.7 s of CPU with a compile per set of claims and
 * 27.2 s with one per scenario (same figures, hash-checked), the rest having gone to
 * optimising copies of the same generated code.
 */
export function countClaims(claims: readonly Claim[], resolved: ResolvedScenario): void {
  countingScenario(claims, resolved);
}

/** A compile of `resolved` that counts every action the claims name: one made before if it does, else a new one. */
function countingScenario(claims: readonly Claim[], resolved: ResolvedScenario): CountingScenario {
  let known = compiled.get(resolved);
  if (known === undefined) compiled.set(resolved, (known = []));
  const actions = [...new Set(claims.map((c) => c.outcome).filter((outcome) => outcome.includes('.')))];
  const made = known.find((counting) => actions.every((action) => counting.actions.includes(action)));
  if (made !== undefined) return made;
  let spec = resolved.spec;
  actions.forEach((action, k) => {
    try {
      spec = withActionOutcome(spec, action, k + 1);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new ScenarioError([{ where: `claim ${claims.find((c) => c.outcome === action)!.id}`, message: error.message }]);
    }
  });
  const counting = { scenario: resolved.compile(spec), actions };
  known.push(counting);
  return counting;
}

/**
 * The claims' scenario as their runs play it (with a counted outcome for each action taken
 * that one names), and the index of each claim's outcome.
 */
function claimScenario(claims: readonly Claim[], resolved: ResolvedScenario): { scenario: Scenario; indexes: number[] } {
  const { scenario, actions } = countingScenario(claims, resolved);
  const indexes = claims.map((claim) => {
    const taken = actions.indexOf(claim.outcome);
    const index = taken >= 0 ? scenario.outcomes.findIndex((o) => o.id === `ledger_action_${taken + 1}`) : scenario.outcomes.findIndex((o) => o.id === claim.outcome);
    if (index < 0) {
      const ids = resolved.spec.outcomes.map((o) => o.id);
      throw new ScenarioError([{ where: `claim ${claim.id}`, message: `${scenario.id} has no outcome '${claim.outcome}'${didYouMean(claim.outcome, ids)}` }]);
    }
    return index;
  });
  return { scenario, indexes };
}
