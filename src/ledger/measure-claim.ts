import { wilsonInterval } from '../batch/wilson-interval.js';
import { LeanRun } from '../batch/lean-run.js';
import { loadResolvedScenario } from '../scenarios/load.js';
import { withOverrides } from '../scenarios/with-overrides.js';
import type { Scenario } from '../engine/scenario.js';
import type { ResolvedScenario } from '../scenarios/parse-scenario.js';
import { ScenarioError } from '../scenarios/scenario-error.js';
import { didYouMean } from '../text/did-you-mean.js';
import { withActionOutcome } from './action-taken.js';
import { type Claim, circumstancePath } from './claim.js';
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
  const levels = claimLevels(claim, resolved.spec);
  const outcomes = levels.map((level) => claimOutcomes(claim, level, options, resolved));
  const shares: LevelShare[] = outcomes.map((held, k) => {
    const count = held.reduce((sum, x) => sum + x, 0);
    return { level: levels[k]!, held: count, share: count / options.runs, interval: wilsonInterval(count, options.runs) };
  });
  return { claim, path: circumstancePath(claim), runs: options.runs, seed: options.seed, levels: shares, ...verdictOf(claim.direction, shares, outcomes) };
}

/**
 * Whether the claim's outcome held in each run (1 or 0), seeds `seed` … `seed + runs − 1`,
 * with its circumstance at `level` and everything else as the scenario (and the claim's
 * context) has it.
 */
export function claimOutcomes(claim: Claim, level: number, options: LedgerOptions, resolved: ResolvedScenario = loadResolvedScenario(claim.scenario)): Uint8Array {
  const { scenario, index } = claimScenario(claim, resolved);
  const overrides: Record<string, number> = {};
  for (const [id, value] of Object.entries(claim.context?.initial ?? {})) overrides[`initial.${id}`] = value;
  for (const [actor, weights] of Object.entries(claim.context?.weights ?? {})) {
    for (const [interest, value] of Object.entries(weights)) overrides[`${actor}.${interest}`] = value;
  }
  overrides[circumstancePath(claim)] = level;
  // A variant, not a compile: the levels share compiled code and this thread's decision memo.
  const run = new LeanRun(withOverrides(scenario, overrides));
  const held = new Uint8Array(options.runs);
  for (let i = 0; i < options.runs; i++) held[i] = run.play(options.seed + i).held[index]!;
  return held;
}

// A scenario compiled once per outcome a claim counts (it alone changes the spec), per resolved scenario.
const compiled = new WeakMap<ResolvedScenario, Map<string, { scenario: Scenario; index: number }>>();

/** The claim's scenario as its runs play it (with the action counted, for an action taken), and its outcome's index. */
function claimScenario(claim: Claim, resolved: ResolvedScenario): { scenario: Scenario; index: number } {
  let claims = compiled.get(resolved);
  if (claims === undefined) compiled.set(resolved, (claims = new Map()));
  const known = claims.get(claim.outcome);
  if (known !== undefined) return known;
  const taken = claim.outcome.includes('.');
  let spec = resolved.spec;
  if (taken) {
    try {
      spec = withActionOutcome(spec, claim.outcome);
    } catch (error) {
      if (error instanceof RangeError) throw new ScenarioError([{ where: `claim ${claim.id}`, message: error.message }]);
      throw error;
    }
  }
  const scenario = resolved.compile(spec);
  const index = taken ? scenario.outcomes.length - 1 : scenario.outcomes.findIndex((o) => o.id === claim.outcome);
  if (index < 0) {
    const ids = scenario.outcomes.map((o) => o.id);
    throw new ScenarioError([{ where: `claim ${claim.id}`, message: `${scenario.id} has no outcome '${claim.outcome}'${didYouMean(claim.outcome, ids)}` }]);
  }
  const made = { scenario, index };
  claims.set(claim.outcome, made);
  return made;
}
