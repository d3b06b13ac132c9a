import { cartOnData, type CartOptions, type CartResult } from './cart.js';
import { discoveryData, type DiscoveryRow, type OutcomeOfInterest } from './discovery-data.js';
import { type FeatureScore, featureScoresOnData } from './feature-scores.js';
import { primOnData, type PrimOptions, type PrimResult } from './prim.js';

export interface DiscoverOptions extends OutcomeOfInterest, Omit<PrimOptions, 'inputs' | 'outcome' | 'threshold' | 'below'>, Pick<CartOptions, 'maxDepth' | 'minLeaf'> {
  readonly inputs: readonly string[];
}

/** Scenario discovery on one set of runs: the inputs ranked, PRIM's boxes and CART's rules. */
export interface DiscoveryResult {
  readonly format: 'wargame-discovery/1';
  readonly outcome: string;
  readonly threshold: number;
  readonly below: boolean;
  readonly inputs: readonly string[];
  readonly runs: number;
  readonly cases: number;
  readonly scores: readonly FeatureScore[];
  readonly prim: PrimResult;
  readonly cart: CartResult;
}

/**
 * Under which inputs does the outcome happen? Runs the three answers on the same runs:
 * `featureScores` (each input alone), `prim` (boxes dense in the outcome, with the
 * coverage–density trade-off) and `cart` (a small tree whose leaves are boxes).
 */
export function discover(rows: readonly DiscoveryRow[], options: DiscoverOptions): DiscoveryResult {
  const data = discoveryData(rows, options.inputs, options);
  const prim = primOnData(data, options);
  return {
    format: 'wargame-discovery/1',
    outcome: options.outcome,
    threshold: options.threshold ?? 0.5,
    below: options.below ?? false,
    inputs: options.inputs,
    runs: prim.runs,
    cases: prim.cases,
    scores: featureScoresOnData(data),
    prim,
    cart: cartOnData(data, options),
  };
}
