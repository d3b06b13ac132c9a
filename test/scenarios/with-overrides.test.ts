import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/records/run.js';
import { runOutcomes } from '../../src/batch/run-outcomes.js';
import { loadResolvedScenario } from '../../src/scenarios/load.js';
import { OverrideError } from '../../src/scenarios/override-error.js';
import { applyOverrides, overrideKeys } from '../../src/scenarios/overrides.js';
import { withOverrides } from '../../src/scenarios/with-overrides.js';

const s400 = loadResolvedScenario('s400');
const base = s400.compile(s400.spec);
const keys = overrideKeys(s400.spec);

/** Overrides of up to four paths (horizon and lookahead among them), each within its range (whole where it must be). */
const overrides = fc
  .uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 4, selector: (k) => k.path })
  .chain((keys) => fc.tuple(...keys.map((k) => fc.double({ min: 0, max: 1, noNaN: true }).map((t) => {
    // Horizons kept short and lookaheads low: the property compiles and runs each case in full.
    const max = k.path === 'horizon' ? 12 : k.path === 'decision.lookahead' ? 2 : Number.isFinite(k.max) ? k.max : 10;
    const v = k.min + t * (max - k.min);
    return [k.path, k.integer ? Math.round(v) : v] as const;
  }))))
  .map((entries) => Object.fromEntries(entries));

const settingsOf = (s: typeof base) => s.actors.map((a) => [a.rationality, a.interests.map((i) => i.weight)]);

describe('withOverrides', () => {
  property.prop([overrides, fc.nat()], { numRuns: 40 })('is what a full compile of the overridden spec gives, and runs the same', (o, seed) => {
    const full = s400.compile(applyOverrides(s400.spec, o));
    const variant = withOverrides(base, o);
    expect(variant.hash).toBe(full.hash);
    expect(variant.initial).toEqual(full.initial);
    expect(variant.settings).toEqual(full.settings);
    expect(variant.overrides).toEqual(full.overrides);
    expect(settingsOf(variant)).toEqual(settingsOf(full));
    expect(runScenario(variant, { seed })).toEqual(runScenario(full, { seed }));
    // The fast path too, with the thread's memo shared by every variant met so far.
    expect(runOutcomes(variant, seed)).toEqual(runOutcomes(full, seed));
  });

  it('shares the compiled expressions and stacks: a variant of a variant is the variant of both', () => {
    const once = withOverrides(base, { 'russia.rationality': 2 });
    expect(once.actors[0]!.interests[0]!.term).toBe(base.actors[0]!.interests[0]!.term);
    const twice = withOverrides(once, { 'initial.russia_military_load': 20 });
    const both = withOverrides(base, { 'russia.rationality': 2, 'initial.russia_military_load': 20 });
    expect(twice.hash).toBe(both.hash);
    expect(twice.overrides).toEqual(both.overrides);
  });

  it('returns the scenario itself for no overrides, and refuses what applyOverrides refuses', () => {
    expect(withOverrides(base, {})).toBe(base);
    expect(() => withOverrides(base, { 'russia.rationalty': 2 })).toThrow(OverrideError);
    expect(() => withOverrides(base, { horizon: 2.5 })).toThrow(OverrideError);
  });

  it('refuses a scenario it did not see compiled, which it could not check overrides against', () => {
    expect(() => withOverrides({ ...base }, { horizon: 3 })).toThrow(/compiled in this thread/);
  });
});
