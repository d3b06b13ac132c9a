import { wilsonInterval } from '../batch/wilson-interval.js';
import { LeanRun } from '../engine/lean-run.js';
import { loadScenarioSpec } from '../scenarios/load.js';
import { applyOverrides } from '../scenarios/overrides.js';
import type { ResolvedScenario } from '../scenarios/parse-scenario.js';
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

// A small memo: a claim's runs revisit few states, and a level's memo is dropped after it.
const MEMO_CAPACITY = 1 << 15;

/**
 * Plays the claim's scenario at each level of its circumstance, over the same seeds at
 * every level (common random numbers), and judges the claim (see `verdictOf`).
 */
export function measureClaim(claim: Claim, options: LedgerOptions, resolved: ResolvedScenario = loadScenarioSpec(claim.scenario)): ClaimMeasurement {
  const path = circumstancePath(claim);
  const context: Record<string, number> = {};
  for (const [id, value] of Object.entries(claim.context?.initial ?? {})) context[`initial.${id}`] = value;
  for (const [actor, weights] of Object.entries(claim.context?.weights ?? {})) {
    for (const [interest, value] of Object.entries(weights)) context[`${actor}.${interest}`] = value;
  }
  const levels = claimLevels(claim, resolved.spec);
  const outcomes: Uint8Array[] = levels.map((level) => {
    let spec = applyOverrides(resolved.spec, { ...context, [path]: level });
    const taken = claim.outcome.includes('.');
    if (taken) spec = withActionOutcome(spec, claim.outcome);
    const scenario = resolved.compile(spec);
    const index = taken ? scenario.outcomes.length - 1 : scenario.outcomes.findIndex((o) => o.id === claim.outcome);
    if (index < 0) throw new RangeError(`claim ${claim.id}: ${scenario.id} has no outcome '${claim.outcome}'`);
    const run = new LeanRun(scenario, LeanRun.sharedMemo(scenario, MEMO_CAPACITY));
    const held = new Uint8Array(options.runs);
    for (let i = 0; i < options.runs; i++) held[i] = run.play(options.seed + i).held[index]!;
    return held;
  });
  const shares: LevelShare[] = outcomes.map((held, k) => {
    const count = held.reduce((sum, x) => sum + x, 0);
    return { level: levels[k]!, held: count, share: count / options.runs, interval: wilsonInterval(count, options.runs) };
  });
  return { claim, path, runs: options.runs, seed: options.seed, levels: shares, ...verdictOf(claim.direction, shares, outcomes) };
}
