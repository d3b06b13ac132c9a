import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/run.js';
import { loadScenarioSpec } from '../../src/scenarios/load.js';
import { applyOverrides, overrideKeys } from '../../src/scenarios/overrides.js';
import { scenarioVariant } from '../../src/scenarios/scenario-variant.js';

const s400 = loadScenarioSpec('s400');
const base = s400.compile(s400.spec);
const numbers = overrideKeys(s400.spec).filter((k) => k.path !== 'horizon' && k.path !== 'decision.lookahead');

/** Overrides of up to four numbers, each within its range (whole where it must be). */
const overrides = fc
  .uniqueArray(fc.constantFrom(...numbers), { minLength: 1, maxLength: 4, selector: (k) => k.path })
  .chain((keys) => fc.tuple(...keys.map((k) => fc.double({ min: 0, max: 1, noNaN: true }).map((t) => {
    const max = Number.isFinite(k.max) ? k.max : 10;
    const v = k.min + t * (max - k.min);
    return [k.path, k.integer ? Math.round(v) : v] as const;
  }))))
  .map((entries) => Object.fromEntries(entries));

describe('scenarioVariant', () => {
  property.prop([overrides, fc.nat()], { numRuns: 40 })('is what a full compile of the overridden spec gives, and runs the same', (o, seed) => {
    const full = s400.compile(applyOverrides(s400.spec, o));
    const variant = scenarioVariant(base, s400.spec, o)!;
    expect(variant.hash).toBe(full.hash);
    expect(variant.initial).toEqual(full.initial);
    expect(variant.settings).toEqual(full.settings);
    expect(variant.overrides).toEqual(full.overrides);
    expect(variant.actors.map((a) => [a.rationality, a.interests.map((i) => i.weight)])).toEqual(full.actors.map((a) => [a.rationality, a.interests.map((i) => i.weight)]));
    expect(runScenario(variant, { seed })).toEqual(runScenario(full, { seed }));
  });

  it('declines a change of horizon or lookahead, which needs a full compile', () => {
    expect(scenarioVariant(base, s400.spec, { horizon: 3 })).toBeUndefined();
    expect(scenarioVariant(base, s400.spec, { 'decision.lookahead': 0 })).toBeUndefined();
  });
});
