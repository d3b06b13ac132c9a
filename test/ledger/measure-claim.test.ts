import { describe, expect, it } from 'vitest';
import { type Claim, loadLedger } from '../../src/ledger/claim.js';
import { measureClaim, measureClaims, sameRuns } from '../../src/ledger/measure-claim.js';
import { measureLedger } from '../../src/ledger/measure-ledger.js';

// Claims that vary one cause over one range in one scenario share their runs: each run
// counts every claim's outcome. The runs are the same whichever outcome is counted, so each
// claim must be measured exactly as it would be alone.
const LEDGER = loadLedger();
const OPTIONS = { runs: 40, seed: 5 };

describe('claims measured on shared runs', () => {
  const groups = new Map<string, Claim[]>();
  for (const claim of LEDGER) groups.set(sameRuns(claim), [...(groups.get(sameRuns(claim)) ?? []), claim]);
  const shared = [...groups.values()].filter((group) => group.length > 1);

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
