import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/ledger/claim.js';
import { loadLedger } from '../../src/ledger/load-ledger.js';
import { claimsSharingRuns, measureClaim, measureClaims, sharedRunsKey } from '../../src/ledger/measure-claim.js';
import { measureLedger } from '../../src/ledger/measure-ledger.js';

// Claims that vary one cause over one range in one scenario share their runs: each run
// counts every claim's outcome. The runs are the same whichever outcome is counted, so each
// claim must be measured exactly as it would be alone.
const LEDGER = loadLedger();
const OPTIONS = { runs: 40, seed: 5 };

describe('claims measured on shared runs', () => {
  const shared = claimsSharingRuns(LEDGER).filter((set) => set.length > 1);

  it('are the ledger’s claims of one cause with several outcomes, an action taken among them', () => {
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.flat().some((claim) => claim.outcome.includes('.'))).toBe(true);
    expect(shared.flat().some((claim) => !claim.outcome.includes('.'))).toBe(true);
  });

  it('give each claim what it is given measured alone, levels, counts and verdict', () => {
    for (const group of shared) {
      const together = measureClaims(group, OPTIONS);
      expect(together.map((m) => m.claim)).toEqual(group);
      for (const [k, claim] of group.entries()) expect(together[k], claim.id).toEqual(measureClaim(claim, OPTIONS));
    }
  });

  it('keep the ledger’s order and report each claim once, in order', () => {
    const heard: string[] = [];
    const claims = shared.flat().reverse();
    const measured = measureLedger(claims, OPTIONS, (m) => heard.push(m.claim.id));
    expect(measured.map((m) => m.claim.id)).toEqual(claims.map((c) => c.id));
    expect(heard).toEqual(claims.map((c) => c.id));
  });
});

describe('a made-up set of claims on one cause', () => {
  const base = LEDGER.find((c) => c.id === 'ukraine_capacity')!;
  const as = (id: string, outcome: string): Claim => ({ ...base, id, outcome });
  // Two actions taken, one of them twice, and a named outcome: three counted outcomes.
  const claims = [as('declines', 'russia.decline_s400'), as('mediates', 'russia.offer_mediation'), as('declines_again', 'russia.decline_s400'), as('arms', 'russia_arms_iran')];

  it('gives each claim what it is given measured alone, however many actions it counts', () => {
    const together = measureClaims(claims, OPTIONS);
    for (const [k, claim] of claims.entries()) expect(together[k], claim.id).toEqual(measureClaim(claim, OPTIONS));
    expect(together[2]!.levels).toEqual(together[0]!.levels);
  });

  it('names the claim whose outcome the scenario lacks', () => {
    expect(() => measureClaims([claims[0]!, as('typo', 'russia.declne_s400')], OPTIONS)).toThrow(/claim typo: .*no action 'declne_s400'/);
    expect(() => measureClaims([claims[3]!, as('typo', 'russia_arms_irn')], OPTIONS)).toThrow(/claim typo: .*no outcome 'russia_arms_irn'/);
  });

  it('refuses claims that cannot share their runs, and no claims at all', () => {
    const other = LEDGER.find((c) => sharedRunsKey(c) !== sharedRunsKey(base))!;
    expect(() => measureClaims([base, other], OPTIONS)).toThrow(RangeError);
    expect(() => measureClaims([], OPTIONS)).toThrow(RangeError);
  });
});

