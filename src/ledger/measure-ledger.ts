import { loadResolvedScenario } from '../scenarios/load.js';
import type { ResolvedScenario } from '../scenarios/parse-scenario.js';
import type { Claim } from './claim.js';
import { type ClaimMeasurement, type LedgerOptions, measureClaim } from './measure-claim.js';

/**
 * Measures every claim, in order, each scenario resolved once; `onClaim` hears of each
 * as it is done (for progress).
 */
export function measureLedger(claims: readonly Claim[], options: LedgerOptions, onClaim?: (done: ClaimMeasurement) => void): ClaimMeasurement[] {
  const resolved = new Map<string, ResolvedScenario>();
  return claims.map((claim) => {
    let scenario = resolved.get(claim.scenario);
    if (scenario === undefined) resolved.set(claim.scenario, (scenario = loadResolvedScenario(claim.scenario)));
    const measured = measureClaim(claim, options, scenario);
    onClaim?.(measured);
    return measured;
  });
}
