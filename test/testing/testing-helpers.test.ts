// The worked examples of docs/TESTING.md, run as they are written there (imports aside).
import { readFileSync } from 'node:fs';
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/records/run.js';
import { startRun } from '../../src/engine/run-state.js';
import { playTurn } from '../../src/engine/turn.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { loadScenario } from '../../src/scenarios/load.js';
import {
  applyOverrides,
  arbitraryInRange,
  arbitrarySeed,
  arbitraryState,
  assessAt,
  builtInScenarioSpec,
  optionByAction,
  optionsOf,
  variantsOf,
} from '../../src/testing/index.js';
import type { ScenarioSpec } from '../../src/scenarios/spec.js';
import { compileTest, quantity, TEST_CITATION } from '../helpers/tiny-scenario.js';
import { cli } from '../helpers/cli.js';

const spec = builtInScenarioSpec('s400');
const s400At = variantsOf(spec);
const s400 = s400At({});

describe('docs/TESTING.md: a monotonicity property', () => {
  // Russia moves on turn 1. Whatever the state, giving more weight to its ties with Iran
  // never makes it less likely to take the option that does most for those ties.
  const weight = arbitraryInRange(0, 3);
  property.prop([arbitraryState(s400), weight, weight], { numRuns: 25 })(
    'more weight on ties with Iran never lowers the chance of the option best for them',
    (state, w1, w2) => {
      const [low, high] = w1 <= w2 ? [w1, w2] : [w2, w1];
      const optionsAt = (w: number) => {
        const scenario = s400At({ 'russia.ties_with_iran': w });
        return optionsOf(scenario, assessAt(scenario, state, 1));
      };
      const best = optionsAt(low).mostFor('ties_with_iran');
      fc.pre(best !== undefined);
      expect(optionsAt(high).get(best.action)!.probability).toBeGreaterThanOrEqual(best.probability - 1e-12);
    },
  );
  it('holds because the mover does not reply to itself within its lookahead', () => {
    expect(s400.actors.length).toBeGreaterThan(s400.settings.lookahead);
  });
});

describe('docs/TESTING.md: the caveat, when the mover replies to itself', () => {
  const swing = (w: number): ScenarioSpec => ({
    id: 'swing',
    title: 'Swing',
    brief: 'One actor that anticipates its own next move.',
    citations: [TEST_CITATION],
    quantities: [quantity('q0', -28, 28, 7, true)],
    actors: [
      {
        id: 'mover',
        name: 'Mover',
        summary: 'wants q0 near 0',
        interests: [{ id: 'calm', label: 'Calm', weight: w, expression: '-abs(q0) / 28', rationale: 't', citation: TEST_CITATION }],
        actions: [
          { id: 'up', label: 'Up', effects: { q0: 'q0 + 14' }, citation: TEST_CITATION },
          { id: 'down', label: 'Down', effects: { q0: 'q0 - 14' }, citation: TEST_CITATION },
        ],
      },
    ],
    horizon: 2,
    decision: { rationality: 1, lookahead: 1 },
    trigger: { id: 'start', label: 'Start', effects: {} },
    events: [],
    outcomes: [{ id: 'above', label: 'Above zero', when: 'q0 > 0' }],
  });
  const at = (w: number) => {
    const scenario = compileTest(swing(w));
    return optionsOf(scenario, assessAt(scenario, scenario.initial, 1));
  };

  it('more weight on calm first lowers the chance of the option that does most for it', () => {
    const [one, five, fifty] = [at(1), at(5), at(50)];
    expect(one.mostFor('calm')!.action).toBe('down');
    expect(one.get('down')!.term('calm')).toBeCloseTo(-0.439, 3);
    expect(one.get('up')!.term('calm')).toBeCloseTo(-0.491, 3);
    expect([one, five, fifty].map((o) => o.get('down')!.probability.toFixed(3))).toEqual(['0.513', '0.474', '0.500']);
    expect(fifty.get('down')!.term('calm')).toBeCloseTo(-0.25, 3);
    expect(fifty.get('up')!.term('calm')).toBeCloseTo(-0.25, 3);
  });
});

describe('docs/TESTING.md: determinism', () => {
  property.prop([arbitrarySeed()], { numRuns: 10 })('the same seed gives the same record', (seed) => {
    expect(JSON.stringify(runScenario(s400, { seed }))).toBe(JSON.stringify(runScenario(s400, { seed })));
  });
});

describe('docs/TESTING.md: a refusal', () => {
  it('refuses an unknown action and an illegal one with a value, not an exception', () => {
    const run = startRun(s400, 1);
    expect(playTurn(s400, run, 'sell_tanks')).toMatchObject({ ok: false, error: 'unknown-action' });
    const options = optionsOf(s400, assessAt(s400, run.values, 1));
    const illegal = s400.actors[0]!.actions.find((a) => !options.ids.includes(a.id))!;
    expect(playTurn(s400, run, illegal.id)).toMatchObject({ ok: false, error: 'illegal-action' });
  });
});

describe('optionByAction', () => {
  it('finds an option by action id, is undefined for an action not legal there, and names the nearest id for a typo', () => {
    const state = startRun(s400, 1).values;
    const assessment = assessAt(s400, state, 1);
    const russia = s400.actors[0]!;
    const legal = russia.actions[assessment.legal[0]!]!.id;
    expect(optionByAction(s400, assessment, legal)!.expectedUtility).toBe(assessment.utilities[0]);
    const illegal = russia.actions.find((_, i) => !assessment.legal.includes(i));
    if (illegal) expect(optionByAction(s400, assessment, illegal.id)).toBeUndefined();
    expect(() => optionByAction(s400, assessment, `${legal}x`)).toThrow(`(did you mean '${legal}'?)`);
  });
});

describe('arbitraryState', () => {
  property.prop([arbitraryState(s400)], { numRuns: 50 })('stays within every quantity’s range, whole where it must be', (state) => {
    s400.quantities.forEach((q) => {
      expect(state[q.slot]).toBeGreaterThanOrEqual(q.min);
      expect(state[q.slot]).toBeLessThanOrEqual(q.max);
      if (q.integer) expect(Number.isInteger(state[q.slot])).toBe(true);
    });
  });
});

describe('variantsOf', () => {
  it('gives the scenario compileScenario(applyOverrides(…)) would, hash and figures included', () => {
    const overrides = { 'russia.ties_with_iran': 2.5, 'iran.rationality': 3 };
    const variant = s400At(overrides);
    const compiled = compileScenario(applyOverrides(spec, overrides));
    expect(variant.hash).toBe(compiled.hash);
    expect(JSON.stringify(runScenario(variant, { seed: 3 }))).toBe(JSON.stringify(runScenario(compiled, { seed: 3 })));
    expect(s400At({ horizon: 3 }).settings.horizon).toBe(3);
    expect(() => s400At({ 'russia.ties_with_iraan': 1 })).toThrow(/^override russia\.ties_with_iraan: .*\(did you mean 'russia\.ties_with_iran'\?\)/);
  });
});

describe('builtInScenarioSpec', () => {
  it('compiles to the built-in scenario', () => {
    expect(s400.hash).toBe(loadScenario('s400').hash);
  });
});

// The outputs docs/TESTING.md shows "as it is" are what the code prints now: a hash, a
// fast-check message or a check report that drifted would mislead whoever compares.
describe('docs/TESTING.md: the outputs it shows', () => {
  const doc = readFileSync(new URL('../../docs/TESTING.md', import.meta.url), 'utf8');

  it("shows wargame check's report of the rare-fault fixture as it is printed", async () => {
    const { code, out } = await cli('check', 'test/scenarios/fixtures/rare-fault.yaml', '--runs', '40');
    expect(code).toBe(65);
    expect(doc).toContain(`$ npx wargame check test/scenarios/fixtures/rare-fault.yaml --runs 40\n${out}\`\`\``);
  });

  it('shows the forced counterexample as this fast-check prints it', () => {
    const builtIn = loadScenario('s400');
    const iranAirDefence = builtIn.quantities.find((q) => q.id === 'iran_air_defence')!;
    let message = '';
    try {
      fc.assert(fc.property(arbitraryState(builtIn), (state) => state[iranAirDefence.slot]! < 60), { seed: 42 });
    } catch (error) {
      message = (error as Error).message.split('\n').slice(0, 4).join('\n');
    }
    expect(message).toMatch(/^Property failed after/);
    expect(doc).toContain(message);
  });

  it('shows the hash of the scenario a misused run was made for', () => {
    let message = '';
    try {
      playTurn(loadScenario('s400'), startRun(loadScenario('strike'), 1));
    } catch (error) {
      message = `${(error as Error).name}: ${(error as Error).message}`;
    }
    expect(doc).toContain(`// ${message}\n`);
  });
});
