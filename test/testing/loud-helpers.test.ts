import { describe, expect, it } from 'vitest';
import { startRun } from '../../src/engine/run-state.js';
import { loadScenario } from '../../src/scenarios/load.js';
import {
  arbitraryBuiltInScenario,
  arbitraryScenarioSpec,
  assessAt,
  optionByAction,
  optionsOf,
  StateError,
  stateWith,
  UnknownIdError,
} from '../../src/testing/index.js';

const s400 = loadScenario('s400');
const hormuz = loadScenario('hormuz');
const state = startRun(s400, 1).values;
const assessment = assessAt(s400, state, 1);
const russia = s400.actors[0]!;
const integer = s400.quantities.find((q) => q.integer)!;

describe('assessAt checks the state it is given', () => {
  it('refuses a state of the wrong length, a value out of range or not whole, with a StateError naming it', () => {
    expect(() => assessAt(s400, new Float64Array(3), 1)).toThrow(
      new StateError(`assessAt: the state has 3 values, but 's400' has ${s400.quantities.length} quantities (a state of another scenario?)`),
    );
    const far = new Float64Array(state);
    far[integer.slot] = integer.max + 100;
    expect(() => assessAt(s400, far, 1)).toThrow(`assessAt: ${integer.id} is ${integer.max + 100}, outside its range`);
    expect(() => assessAt(s400, [...state] as unknown as Float64Array, 1)).toThrow(StateError);
  });
});

describe('optionByAction and optionsOf check the assessment and the ids', () => {
  it('refuse an assessment of another scenario', () => {
    const other = assessAt(hormuz, startRun(hormuz, 1).values, 2);
    expect(() => optionByAction(s400, other, 'x')).toThrow(StateError);
    expect(() => optionsOf(s400, other)).toThrow(/^optionsOf: the assessment is not one of 's400': it was made for 'hormuz' sha256:/);
    // One built by hand is checked by its shape.
    expect(() => optionsOf(s400, { ...assessment, actor: 1 })).toThrow("optionsOf: the assessment is not one of 's400': actor 1 does not move on turn 1");
  });
  it('name the nearest id for an unknown action or interest, in an UnknownIdError (a RangeError)', () => {
    const options = optionsOf(s400, assessment);
    const action = options.ids[0]!;
    expect(() => options.get(`${action}x`)).toThrow(UnknownIdError);
    expect(() => options.get(`${action}x`)).toThrow(`(did you mean '${action}'?)`);
    const interest = russia.interests[0]!.id;
    const typo = `${interest.slice(0, -1)}x`;
    expect(() => options.all[0]!.term(typo)).toThrow(new RegExp(`^term: Russia has no interest '${typo}' \\(did you mean '${interest}'\\?\\); there are `));
    expect(() => options.mostFor(typo)).toThrow(RangeError);
    expect(options.all[0]!.term(interest)).toBe(options.all[0]!.terms[interest]);
  });
});

describe('optionsOf', () => {
  it('gives every legal option by id, the best by expected utility, and the one that does most for an interest', () => {
    const options = optionsOf(s400, assessment);
    expect(options.ids).toEqual(assessment.legal.map((i) => russia.actions[i]!.id));
    options.all.forEach((o, i) => {
      expect(o.probability).toBe(assessment.probabilities[i]);
      expect(options.get(o.action)).toMatchObject({ action: o.action, expectedUtility: o.expectedUtility });
    });
    expect(options.best!.expectedUtility).toBe(Math.max(...assessment.utilities));
    const interest = russia.interests[0]!.id;
    expect(options.mostFor(interest)!.term(interest)).toBe(Math.max(...options.all.map((o) => o.term(interest))));
    const illegal = russia.actions.find((_, i) => !assessment.legal.includes(i));
    if (illegal) expect(options.get(illegal.id)).toBeUndefined();
  });
});

describe('stateWith', () => {
  it('sets quantities by id in a copy, and refuses unknown ids and values out of range', () => {
    const q = s400.quantities[0]!;
    const next = stateWith(s400, state, { [q.id]: q.min });
    expect(next[q.slot]).toBe(q.min);
    expect([...next].filter((v, i) => v !== state[i]).length).toBeLessThanOrEqual(1);
    expect(() => stateWith(s400, state, { [`${q.id}x`]: 1 })).toThrow(`(did you mean '${q.id}'?)`);
    expect(() => stateWith(s400, state, { [integer.id]: integer.min + 0.5 })).toThrow(`stateWith: ${integer.id} is ${integer.min + 0.5}, but it is a whole number`);
    expect(() => stateWith(s400, new Float64Array(2), {})).toThrow(StateError);
  });
});

describe('the arbitraries check their options', () => {
  it.each([
    [{ maxActors: 0 }, 'arbitraryScenarioSpec: maxActors should be a whole number from 1 to 20, not 0'],
    [{ maxHorizon: 0 }, 'arbitraryScenarioSpec: maxHorizon should be a whole number from 1 to 500, not 0'],
    [{ maxLookahead: -1 }, 'arbitraryScenarioSpec: maxLookahead should be a whole number from 0 to 3, not -1'],
    [{ maxQuantities: 0 }, 'arbitraryScenarioSpec: maxQuantities should be a whole number from 1 to 100, not 0'],
    [{ maxQuantities: 1.5 }, 'arbitraryScenarioSpec: maxQuantities should be a whole number from 1 to 100, not 1.5'],
  ])('%o: a RangeError', (constraints, message) => {
    expect(() => arbitraryScenarioSpec(constraints)).toThrow(new RangeError(message));
  });
  it('arbitraryBuiltInScenario needs at least one id', () => {
    expect(() => arbitraryBuiltInScenario([])).toThrow(/^arbitraryBuiltInScenario: give at least one scenario id, e\.g\. /);
  });
});
