import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { applyEffectUndoably, evaluateInto, type Undo } from '../../src/engine/effect.js';
import { moveCode } from '../../src/engine/move-code.js';
import { RunError } from '../../src/engine/run-error.js';
import type { Action, Scenario } from '../../src/engine/scenario.js';
import { arbitraryBuiltInScenario, arbitraryScenario, arbitraryState } from '../../src/testing/index.js';
import type { ActorSpec, ScenarioSpec } from '../../src/scenarios/spec.js';
import { compileTest, deterrenceSpec, quantity } from '../helpers/tiny-scenario.js';

// A move fused into one function does what the separate path does — both effects applied
// with their old values noted, the stale terms evaluated again and the others left as they
// were — to the last bit, errors included.

const undoOf = (n: number): Undo => ({ slots: new Int32Array(n), values: new Float64Array(n) });

/** Both paths for `action` and chance outcome `o` from `state`, the scenario's terms that `isStale` picks stale. */
function bothPaths(scenario: Scenario, action: Action, o: number, state: Float64Array, isStale: (k: number) => boolean = () => true) {
  const terms = scenario.actors.flatMap((a) => a.interests.map((i) => i.term));
  const stale = Int32Array.from([...terms.keys()].filter(isStale));
  const before = Float64Array.from(terms, (_, k) => k + 0.5);
  const effects = [action.effect, action.outcomes[o]!.effect];
  const n = effects.reduce((sum, e) => sum + e.slots.length, 0);
  const separate = () => {
    const s = Float64Array.from(state);
    const undo = undoOf(n);
    const into = Float64Array.from(before);
    let written = 0;
    for (const effect of effects) written = applyEffectUndoably(scenario.bounds, effect, s, undo, written);
    for (const k of stale) evaluateInto(terms[k]!, s, into, k);
    return { s, undo, into, written };
  };
  const fused = () => {
    const move = moveCode(scenario.bounds, effects, terms, stale)!;
    const s = Float64Array.from(state);
    const undo = undoOf(n);
    const into = Float64Array.from(before);
    const written = move(s, undo, into);
    return { s, undo, into, written };
  };
  return { separate, fused };
}

/** What a path gives, or the error it throws, as comparable data. */
function outcomeOf(path: () => unknown): unknown {
  try {
    return path();
  } catch (error) {
    return { error: error instanceof RunError ? `${error.message} @ ${error.origin}` : String(error) };
  }
}

describe('a fused move', () => {
  const anyScenario = fc.oneof(arbitraryScenario(), arbitraryBuiltInScenario());
  const withMove = anyScenario.chain((scenario) => {
    const moves = scenario.actors.flatMap((a) => a.actions.flatMap((action) => action.outcomes.map((_, o) => [action, o] as const)));
    return fc.tuple(fc.constant(scenario), fc.constantFrom(...moves), arbitraryState(scenario));
  });

  property.prop([withMove], { numRuns: 150 })('changes the state, notes the old values and refreshes the stale terms exactly as the separate path', ([scenario, [action, o], state]) => {
    // Every other term stale: the others must keep the values they had.
    const { separate, fused } = bothPaths(scenario, action, o, state, (k) => k % 2 === 0);
    expect(outcomeOf(fused)).toEqual(outcomeOf(separate));
  });

  const base = deterrenceSpec(1);
  const [attacker, defender] = base.actors as [ActorSpec, ActorSpec];
  const citation = attacker.actions[0]!.citation;
  const spec: ScenarioSpec = {
    ...base,
    quantities: [...base.quantities, quantity('ratio', -1e9, 1e9, 0)],
    actors: [
      {
        ...attacker,
        actions: [
          ...attacker.actions,
          { id: 'divide', label: 'Divide', effects: { ratio: 'prize / (punishment - punishment)' }, citation },
          { id: 'inflate', label: 'Inflate', effects: { prize: 'prize + 1' }, citation },
        ],
      },
      {
        ...defender,
        interests: [
          ...defender.interests,
          { id: 'huge', label: 'Huge', weight: 1, expression: 'prize * 10^12 * 1.5', rationale: 't', citation },
          { id: 'undefined', label: 'Undefined', weight: 1, expression: '(prize - prize) / (prize - prize)', rationale: 't', citation },
        ],
      },
    ],
  };
  const scenario = compileTest(spec);
  const action = (id: string) => scenario.actors[0]!.actions.find((a) => a.id === id)!;
  const start = Float64Array.from(scenario.initial);

  it('throws the separate path’s error for an effect that is not a finite number', () => {
    const { separate, fused } = bothPaths(scenario, action('divide'), 0, start);
    const error = outcomeOf(fused);
    expect(error).toEqual(outcomeOf(separate));
    expect(error).toMatchObject({ error: expect.stringContaining("'prize / (punishment - punishment)' evaluated to NaN") });
  });

  it('throws the separate path’s error for a term beyond its limit, and stores a NaN term for the search to report', () => {
    const { separate, fused } = bothPaths(scenario, action('inflate'), 0, start);
    const error = outcomeOf(fused);
    expect(error).toEqual(outcomeOf(separate));
    expect(error).toMatchObject({ error: expect.stringContaining('must stay within ±1e+12') });
    const terms = scenario.actors.flatMap((a) => a.interests.map((i) => i.term));
    const nanOnly = moveCode(scenario.bounds, [action('hold').effect, action('hold').outcomes[0]!.effect], terms, Int32Array.of(terms.length - 1))!;
    const into = new Float64Array(terms.length);
    expect(() => nanOnly(Float64Array.from(start), undoOf(0), into)).not.toThrow();
    expect(into[terms.length - 1]).toBeNaN();
  });

  it('is not made when a formula’s code is unknown', () => {
    const opaque = { slots: Int32Array.of(0), formulas: [{ evaluate: () => 1, source: 'f', origin: 'here' }] };
    expect(moveCode(scenario.bounds, [opaque], [], new Int32Array(0))).toBeUndefined();
  });
});
