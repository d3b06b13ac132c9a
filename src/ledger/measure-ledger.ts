import { loadResolvedScenario } from '../scenarios/load.js';
import type { ResolvedScenario } from '../scenarios/resolved-scenario.js';
import type { Claim } from './claim.js';
import { type ClaimMeasurement, claimsSharingRuns, countClaims, type LedgerOptions, measureClaims } from './measure-claim.js';

/**
 * Measures every claim, in order, each scenario resolved once; `onClaim` hears of each
 * as it is done (for progress). Claims that share their runs (`sharedRunsKey`: one cause over
 * one range in one scenario, with different outcomes) are measured on one set of runs,
 * when the first of them comes. Each scenario is compiled once for all its claims (`countClaims`).
 */
export function measureLedger(claims: readonly Claim[], options: LedgerOptions, onClaim?: (done: ClaimMeasurement) => void): ClaimMeasurement[] {
  const resolved = new Map<string, ResolvedScenario>();
  const setOf = new Map(claimsSharingRuns(claims).flatMap((set) => set.map((claim) => [claim, set] as const)));
  const done = new Map<Claim, ClaimMeasurement>();
  return claims.map((claim) => {
    if (!done.has(claim)) {
      let scenario = resolved.get(claim.scenario);
      if (scenario === undefined) {
        resolved.set(claim.scenario, (scenario = loadResolvedScenario(claim.scenario)));
        countClaims(claims.filter((c) => c.scenario === claim.scenario), scenario);
      }
      for (const measured of measureClaims(setOf.get(claim)!, options, scenario)) done.set(measured.claim, measured);
    }
    const measured = done.get(claim)!;
    onClaim?.(measured);
    return measured;
  });
}
