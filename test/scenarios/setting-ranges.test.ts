import { fc, test as property } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { ZodType } from 'zod';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { loadResolvedScenario } from '../../src/scenarios/load.js';
import { applyOverrides } from '../../src/scenarios/overrides.js';
import { documentSchemas } from '../../src/scenarios/schema.js';
import { HORIZON_RANGE, LOOKAHEAD_RANGE, RATIONALITY_RANGE, type SettingRange, WEIGHT_RANGE, withinRange } from '../../src/scenarios/setting-ranges.js';
import type { ScenarioSpec } from '../../src/scenarios/spec.js';

// A scenario file, a spec built in code and a --set override are three ways to give the
// same number; each setting must be accepted by all three or refused by all three.
const base = loadResolvedScenario('s400').spec;
const russia = base.actors.findIndex((a) => a.id === 'russia');

interface Setting {
  readonly range: SettingRange;
  readonly path: string;
  readonly schema: ZodType;
  readonly inSpec: (value: number) => ScenarioSpec;
}

const { ScenarioDocument } = documentSchemas();
const decision = ScenarioDocument.shape.decision.shape;
const weightSchema = ScenarioDocument.shape.actors.element;
const settings: Setting[] = [
  { range: HORIZON_RANGE, path: 'horizon', schema: ScenarioDocument.shape.horizon, inSpec: (horizon) => ({ ...base, horizon }) },
  {
    range: RATIONALITY_RANGE,
    path: 'decision.rationality',
    schema: decision.rationality,
    inSpec: (rationality) => ({ ...base, decision: { ...base.decision, rationality } }),
  },
  {
    range: LOOKAHEAD_RANGE,
    path: 'decision.lookahead',
    schema: decision.lookahead,
    inSpec: (lookahead) => ({ ...base, decision: { ...base.decision, lookahead } }),
  },
  {
    range: WEIGHT_RANGE,
    path: 'russia.ukraine_war',
    // A file gives a weight inside an actor's use: {use: russia, weights: {ukraine_war: w}}.
    schema: weightSchema,
    inSpec: (weight) => ({
      ...base,
      actors: base.actors.map((a, i) =>
        i === russia ? { ...a, interests: a.interests.map((t) => (t.id === 'ukraine_war' ? { ...t, weight } : t)) } : a,
      ),
    }),
  },
];

const compiles = (spec: ScenarioSpec): boolean => {
  try {
    compileScenario(spec);
    return true;
  } catch {
    return false;
  }
};
const overrides = (path: string, value: number): boolean => {
  try {
    applyOverrides(base, { [path]: value });
    return true;
  } catch {
    return false;
  }
};
const inFile = (setting: Setting, value: number): boolean =>
  setting.schema.safeParse(setting.path === 'russia.ukraine_war' ? { use: 'russia', weights: { ukraine_war: value } } : value).success;

/** Values near and across each range's ends, fractions for the whole-number settings, and anything finite. */
const valueFor = (range: SettingRange) =>
  fc.oneof(
    fc.constantFrom(range.min, range.max, range.min - 1, range.max + 1, range.min + 0.5, range.max - 0.5),
    fc.double({ min: range.min - 10, max: range.max + 10, noNaN: true }),
    fc.integer({ min: range.min - 5, max: range.max + 5 }),
  );

describe('setting ranges', () => {
  for (const setting of settings) {
    // Lookahead and horizon far out are refused before any search, so every value is cheap.
    property.prop([valueFor(setting.range)], { numRuns: 40 })(
      `${setting.path}: a file, a spec in code and --set accept exactly the values in its range`,
      (value) => {
        const expected = withinRange(setting.range, value);
        expect(inFile(setting, value)).toBe(expected);
        expect(overrides(setting.path, value)).toBe(expected);
        // A long horizon is valid but slow to check by trial; the range test is what matters.
        if (setting.path !== 'horizon' || value <= 40) expect(compiles(setting.inSpec(value))).toBe(expected);
      },
    );
  }
});
