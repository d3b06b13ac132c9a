import { readFileSync } from 'node:fs';
import { fc, test as property } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ledgerMarkdown } from '../../src/cli/format/ledger-table.js';
import { loadLedger } from '../../src/ledger/load-ledger.js';
import { claimOutcomes, type ClaimMeasurement, countClaims } from '../../src/ledger/measure-claim.js';
import { measureLedger } from '../../src/ledger/measure-ledger.js';
import { builtInLibrary } from '../../src/scenarios/library-files.js';
import { arbitraryInRange } from '../../src/testing/arbitrary-in-range.js';
import { loadResolvedScenario } from '../../src/scenarios/load.js';

// The causal ledger as a specification: every claim the articles make moves its outcome
// at the built-in scenario as written, with only the cause changed, the way the article
// says: at least 3 points across the cause's range, the end levels' 95% intervals apart,
// and no step between the five levels going the other way (src/ledger/claim-verdict.ts).

const LEDGER = loadLedger();
const RUNS = 2000;
let measured: ClaimMeasurement[] = [];

beforeAll(() => {
  measured = measureLedger(LEDGER, { runs: RUNS, seed: 1 });
}, 600_000);

describe('the causal ledger', () => {
  it('has at least 35 claims, each quoting its article verbatim, with unique ids and no context', () => {
    expect(LEDGER.length).toBeGreaterThanOrEqual(35);
    const articles = builtInLibrary().articles;
    for (const claim of LEDGER) {
      expect(articles.get(claim.article), claim.id).toContain(claim.quote);
      // Every claim is measured at its scenario as written.
      expect(claim.context, claim.id).toBeUndefined();
    }
    expect(new Set(LEDGER.map((c) => c.id)).size).toBe(LEDGER.length);
  });

  for (const claim of LEDGER) {
    it(`${claim.id}: more ${'quantity' in claim.circumstance ? claim.circumstance.quantity : claim.circumstance.weight} → ${claim.outcome} ${claim.direction === 'up' ? 'more' : 'less'} likely, at ${claim.scenario} as written`, () => {
      const m = measured.find((x) => x.claim.id === claim.id)!;
      const shares = m.levels.map((l) => `${l.level}: ${(100 * l.share).toFixed(1)}%`).join(', ');
      expect(m.reversals, shares).toEqual([]);
      expect(m.effect, shares).toBeGreaterThanOrEqual(0.03);
      expect(m.separated, shares).toBe(true);
      expect(m.verdict).toBe('holds');
    });
  }

  it('is the table docs/MODEL.md shows (`wargame ledger --markdown`)', () => {
    const doc = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');
    const table = /<!-- ledger:start -->\n([\s\S]*?)<!-- ledger:end -->/.exec(doc)?.[1];
    expect(table).toBe(ledgerMarkdown(measured));
  });
});

// Between the five measured levels too: for any two levels of a claim's cause, the paired
// difference over the same seeds does not go against the stated direction beyond noise
// (a one-sided test at z = 3.29).
describe('the ledger between its measured levels', () => {
  const resolved = new Map(LEDGER.map((c) => [c.scenario, loadResolvedScenario(c.scenario)]));
  // One compile per scenario for all its claims, as the ledger itself does.
  for (const [id, scenario] of resolved) countClaims(LEDGER.filter((c) => c.scenario === id), scenario);
  for (const claim of LEDGER) {
    const [min, max] = claim.circumstance.range;
    const integer = 'quantity' in claim.circumstance && resolved.get(claim.scenario)!.spec.quantities.find((q) => q.id === (claim.circumstance as { quantity: string }).quantity)?.integer;
    const level = integer ? fc.integer({ min, max }) : arbitraryInRange(min, max).map((x) => Math.round(x * 100) / 100);
    const pair = fc.tuple(level, level).filter(([a, b]) => a !== b).map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));
    property.prop([pair, fc.integer({ min: 1, max: 1_000_000 })], { numRuns: 2, seed: 7 })(`${claim.id}: never the other way`, ([low, high], first) => {
      const options = { runs: 300, seed: first };
      const a = claimOutcomes(claim, low, options, resolved.get(claim.scenario));
      const b = claimOutcomes(claim, high, options, resolved.get(claim.scenario));
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < a.length; i++) {
        const d = (claim.direction === 'up' ? 1 : -1) * (b[i]! - a[i]!);
        sum += d;
        squares += d * d;
      }
      const mean = sum / a.length;
      const se = Math.sqrt(Math.max(0, squares / a.length - mean * mean) / a.length);
      expect(mean, `${low} → ${high}`).toBeGreaterThanOrEqual(-3.29 * se - 1e-12);
    });
  }
});
