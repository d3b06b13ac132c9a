import { describe, expect, it } from 'vitest';
import { RunError } from '../../src/engine/run-error.js';
import { runOutcomes } from '../../src/batch/run-outcomes.js';
import { compileScenario } from '../../src/scenarios/compile-scenario.js';
import { MAX_TERM_MAGNITUDE } from '../../src/scenarios/compile.js';
import { deterrenceSpec, quantity } from '../helpers/tiny-scenario.js';

/** The deterrence game with A's first interest term replaced, and a quantity that can grow huge. */
function withTerm(expression: string, hoard: { initial: number; trigger?: number }) {
  const spec = deterrenceSpec(1);
  const [a, b] = spec.actors;
  const interests = [{ ...a!.interests[0]!, weight: 100, expression }, ...a!.interests.slice(1)];
  return {
    ...spec,
    quantities: [...spec.quantities, quantity('hoard', 0, 1e300, hoard.initial)],
    trigger: { ...spec.trigger, effects: hoard.trigger === undefined ? {} : { hoard: hoard.trigger } },
    actors: [{ ...a!, interests }, b!],
  };
}

describe('compileScenario: interest terms that would overflow a utility', () => {
  it('refuses, at load, a term out of bounds at the initial state', () => {
    expect(() => compileScenario(withTerm('hoard', { initial: 1e300 }), { articles: false })).toThrow(
      `actors[0].interests[0].expression: this term is 1e+300 at the initial state; an interest term must stay within ±1e+12`,
    );
  });

  it('stops a run with a RunError where the term was written, rather than give NaN probabilities', () => {
    const scenario = compileScenario(withTerm('hoard * 2', { initial: 0, trigger: 1e300 }), { articles: false });
    expect(() => runOutcomes(scenario, 1)).toThrow(RunError);
    expect(() => runOutcomes(scenario, 1)).toThrow(/^actors\[0\]\.interests\[0\]\.expression: 'hoard \* 2' evaluated to 2e\+300; an interest term must stay within ±1e\+12/);
  });

  it('lets a term up to the bound through, and NaN to the engine\'s own report', () => {
    const atBound = compileScenario(withTerm('hoard', { initial: 0, trigger: MAX_TERM_MAGNITUDE }), { articles: false });
    expect(() => runOutcomes(atBound, 1)).not.toThrow();
    const nan = compileScenario(withTerm('sqrt(-1 - hoard)', { initial: 0 }), { articles: false });
    expect(() => runOutcomes(nan, 1)).toThrow(/evaluated to NaN/);
  });

  it('keeps, behind the guard, what the planner needs of a term: what it reads and a way to store it without allocating', () => {
    const scenario = compileScenario(withTerm('hoard * 2', { initial: 1 }), { articles: false });
    const term = scenario.actors[0]!.interests[0]!.term;
    const hoard = scenario.quantities.find((q) => q.id === 'hoard')!.slot;
    expect([...term.reads!]).toEqual([hoard]);
    const state = Float64Array.from(scenario.initial);
    const out = new Float64Array(2);
    term.store!(state, out, 1);
    expect(out[1]).toBe(2);
    state[hoard] = 1e300;
    expect(() => term.store!(state, out, 1)).toThrow(/must stay within/);
  });
});

describe('compileScenario: an action whose chance outcomes are another actor\'s answer', () => {
  const withRespondent = (respondent: string, outcomes = 2) => {
    const spec = deterrenceSpec(1);
    const [a, ...rest] = spec.actors;
    const ask = {
      id: 'ask',
      label: 'Ask B to yield',
      respondent,
      outcomes: [
        { id: 'yields', label: 'B yields', probability: outcomes === 1 ? 1 : 0.3 },
        ...(outcomes === 1 ? [] : [{ id: 'refuses', label: 'B refuses', probability: 'rest' as const }]),
      ],
      citation: a!.actions[0]!.citation,
    };
    return { ...spec, actors: [{ ...a!, actions: [...a!.actions, ask] }, ...rest] };
  };

  it('knows the respondent by its index among the actors', () => {
    const scenario = compileScenario(withRespondent('b'), { articles: false });
    const ask = scenario.actors[0]!.actions.find((x) => x.id === 'ask')!;
    expect(ask.respondent).toBe(scenario.actors.findIndex((x) => x.id === 'b'));
  });

  it('leaves the dice to decide when the respondent does not take part', () => {
    const scenario = compileScenario(withRespondent('france'), { articles: false });
    expect(scenario.actors[0]!.actions.find((x) => x.id === 'ask')!.respondent).toBeUndefined();
  });

  it('refuses a respondent with no outcomes to choose between', () => {
    expect(() => compileScenario(withRespondent('b', 1), { articles: false })).toThrow('a respondent needs at least two chance outcomes to choose between');
  });
});
