import { test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { batchRuns } from '../../src/batch/batch.js';
import { LeanRun } from '../../src/batch/lean-run.js';
import { RunError } from '../../src/engine/run-error.js';
import { runScenario } from '../../src/records/run.js';
import { outcomesHeld, type RunState, startRun } from '../../src/engine/run-state.js';
import type { Formula, Scenario } from '../../src/engine/scenario.js';
import { playTurn } from '../../src/engine/turn.js';
import { loadScenario } from '../../src/scenarios/load.js';
import fc from 'fast-check';
import { DecisionMemo } from '../../src/batch/decision-memo.js';
import { plannerFor } from '../../src/engine/planner-cache.js';
import { withOverrides } from '../../src/scenarios/with-overrides.js';
import { arbitraryBuiltInScenario, arbitraryInRange, arbitraryScenario, arbitrarySeed } from '../../src/testing/index.js';

/** Every state of a run, from the trigger on, played turn by turn through playTurn. */
function states(scenario: Scenario, seed: number): RunState[] {
  const all = [startRun(scenario, seed)];
  while (all.at(-1)!.turn < scenario.settings.horizon) {
    const result = playTurn(scenario, all.at(-1)!);
    if (!result.ok) throw new Error(result.message);
    all.push(result.run);
  }
  return all;
}

function agreesWithPlayTurn(scenario: Scenario, seed: number, lean = new LeanRun(scenario)): void {
  const run = states(scenario, seed);
  const result = lean.play(seed);
  const last = run.at(-1)!;
  expect([...result.values]).toEqual([...last.values]);
  expect(Array.from(result.held, (h) => h === 1)).toEqual(outcomesHeld(scenario, last));
  scenario.outcomes.forEach((outcome, i) => {
    const holds = run.map((state) => outcome.condition.evaluate(state.values) !== 0);
    // `ever`: the first turn it held; `end`: the turn from which it held to the end.
    let since = holds.length;
    while (since > 0 && holds[since - 1]) since--;
    const expected = result.held[i] === 0 ? -1 : outcome.check === 'ever' ? holds.indexOf(true) : since;
    expect(result.firstTurn[i]).toBe(expected);
  });
}

describe('a lean run', () => {
  property.prop([arbitraryScenario({ maxHorizon: 6 }), arbitrarySeed()], { numRuns: 60 })(
    'ends where playTurn ends, to the last bit, with the same outcomes and the turn each first held',
    agreesWithPlayTurn,
  );

  property.prop([arbitraryBuiltInScenario(), arbitrarySeed()], { numRuns: 8 })('agrees with playTurn on the built-in scenarios', agreesWithPlayTurn);

  /** A generated scenario, seeds to play, and a variant: one actor's weights and rationality changed. */
  const withVariant = arbitraryScenario({ maxHorizon: 6 }).chain((scenario) =>
    fc.record({
      scenario: fc.constant(scenario),
      seeds: fc.uniqueArray(arbitrarySeed(), { minLength: 2, maxLength: 4 }),
      actor: fc.nat({ max: scenario.actors.length - 1 }),
      weight: arbitraryInRange(0, 100),
      rationality: arbitraryInRange(0, 20),
    }),
  );

  property.prop([withVariant], { numRuns: 40 })(
    'agrees with playTurn whether a decision is searched or found in the memo, a variant\'s kept apart from its scenario\'s',
    ({ scenario, seeds, actor, weight, rationality }) => {
      // A memo of its own, so that what it keeps can be read: every decision of the second
      // pass over the same seeds is found in it, none searched.
      const share = LeanRun.sharedMemo(scenario);
      const lean = new LeanRun(scenario, share);
      const kept = (): number => DecisionMemo.open(plannerFor(scenario), share).kept;
      for (const seed of seeds) agreesWithPlayTurn(scenario, seed, lean);
      const searched = kept();
      expect(searched).toBeGreaterThan(0);
      for (const seed of seeds) agreesWithPlayTurn(scenario, seed, lean);
      expect(kept()).toBe(searched);
      // The thread's memo, shared by the scenario and its variant, each played twice over.
      const id = scenario.actors[actor]!.id;
      const interests = scenario.actors[actor]!.interests.map((i) => [`${id}.${i.id}`, weight] as const);
      const variant = withOverrides(scenario, Object.fromEntries([[`${id}.rationality`, rationality], ...interests]));
      for (const played of [scenario, variant, scenario, variant]) {
        const threads = new LeanRun(played);
        for (const seed of seeds) agreesWithPlayTurn(played, seed, threads);
      }
    },
  );

  it('takes a copy of a scenario with other formulas for other code, not a variant of it', () => {
    // Every interest negated: a copy that shares the quantities and actions, not the terms.
    const negated = (term: Formula): Formula => ({
      ...term,
      evaluate: (state) => -term.evaluate(state),
      store: (state, out, at) => {
        out[at] = -term.evaluate(state);
      },
    });
    const negatedCopy = (of: Scenario): Scenario => ({ ...of, actors: of.actors.map((a) => ({ ...a, interests: a.interests.map((i) => ({ ...i, term: negated(i.term) })) })) });
    const finals = (scenario: Scenario): number[][] => {
      const lean = new LeanRun(scenario);
      return [1, 2, 3].map((seed) => [...lean.play(seed).values]);
    };
    // Expected: the copy of a scenario compiled apart, whose code nothing else shares.
    const expected = finals(negatedCopy(loadScenario('s400')));
    const scenario = loadScenario('s400');
    const played = finals(scenario);
    // The copy of a scenario already played: its planner and memo must not be the original's.
    expect(finals(negatedCopy(scenario))).toEqual(expected);
    expect(expected).not.toEqual(played);
  });

  it('can be played again and again with its buffers reused, each run on its own', () => {
    const hormuz = loadScenario('hormuz');
    const lean = new LeanRun(hormuz);
    const first = [...lean.play(11).values];
    lean.play(12);
    expect([...lean.play(11).values]).toEqual(first);
  });

  it('fails where runScenario fails, with the same message', () => {
    const rareFault = loadScenario(new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url).pathname);
    let seed = -1;
    try {
      for (const run of batchRuns(rareFault, 3, 0, 200)) void run;
    } catch (error) {
      seed = (error as RunError).moment!.seed;
    }
    expect(seed).toBeGreaterThanOrEqual(0);
    let expected: unknown;
    try {
      runScenario(rareFault, { seed });
    } catch (error) {
      expected = error;
    }
    expect(expected).toBeInstanceOf(RunError);
    expect(() => new LeanRun(rareFault).play(seed)).toThrow((expected as Error).message);
  });
});
