import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessTurn } from '../../src/engine/assess-turn.js';
import { startRun } from '../../src/engine/run-state.js';
import { runScenario } from '../../src/records/run.js';
import { loadScenario, loadResolvedScenario } from '../../src/scenarios/load.js';
import { OverrideError } from '../../src/scenarios/override-error.js';
import { applyOverrides, overrideKeys, parseOverrides } from '../../src/scenarios/overrides.js';

const s400 = loadResolvedScenario('s400');
const keys = overrideKeys(s400.spec);

describe('parseOverrides', () => {
  it('reads PATH=VALUE texts in order, as numbers', () => {
    expect(parseOverrides(['iran.rationality=2', 'horizon = 6', 'initial.oil_price=-1.5e1'])).toEqual({
      'iran.rationality': 2,
      horizon: 6,
      'initial.oil_price': -15,
    });
  });

  it.each([
    ['iran.rationality', 'expected PATH=VALUE'],
    ['=3', 'the path before'],
    ['iran.rationality=', "'' is not a number"],
    ['iran.rationality=two', "'two' is not a number"],
    ['iran.rationality=Infinity', 'is not a number'],
    ['iran.rationality=0x10', 'is not a number'],
  ])('refuses %s', (text, message) => {
    expect(() => parseOverrides([text])).toThrow(OverrideError);
    expect(() => parseOverrides([text])).toThrow(message);
  });

  it('refuses a path given twice', () => {
    expect(() => parseOverrides(['horizon=3', 'horizon=4'])).toThrow('--set horizon is given twice');
  });
});

describe('applyOverrides', () => {
  it('sets a weight, an actor’s rationality, a starting value and the settings, and records them', () => {
    const spec = applyOverrides(s400.spec, {
      'russia.ukraine_war': 2.5,
      'iran.rationality': 0.5,
      'initial.iran_air_defence': 40,
      'decision.rationality': 3,
      'decision.lookahead': 0,
      horizon: 5,
    });
    expect(spec.actors.find((a) => a.id === 'russia')!.interests.find((i) => i.id === 'ukraine_war')!.weight).toBe(2.5);
    expect(spec.actors.find((a) => a.id === 'iran')!.rationality).toBe(0.5);
    expect(spec.quantities.find((q) => q.id === 'iran_air_defence')!.initial).toBe(40);
    expect(spec.decision).toEqual({ rationality: 3, lookahead: 0 });
    expect(spec.horizon).toBe(5);
    expect(Object.keys(spec.overrides!)).toHaveLength(6);
    // The original is untouched: variants of one scenario share its spec.
    expect(s400.spec.horizon).toBe(14);
    expect(s400.spec.overrides).toBeUndefined();
  });

  it('records a relation under its quantity id whichever way round it is named', () => {
    expect(keys.map((k) => k.path)).toContain('initial.rel_russia_usa');
    expect(applyOverrides(s400.spec, { 'initial.rel_usa_russia': 10 }).overrides).toEqual({ 'initial.rel_russia_usa': 10 });
  });

  it('names the path, not a command-line flag, for overrides given in code; `--set` for those parsed from the command line', () => {
    expect(() => applyOverrides(s400.spec, { 'russia.ukraine_wr': 1 })).toThrow(/^override russia\.ukraine_wr: Russia has no interest/);
    expect(() => applyOverrides(s400.spec, { horizon: 0 })).toThrow(/^override horizon=0: horizon \(number of turns\) must be from /);
    expect(() => applyOverrides(s400.spec, parseOverrides(['russia.ukraine_wr=1']))).toThrow(/^--set russia\.ukraine_wr: Russia has no interest/);
  });

  it('refuses two spellings of one relation', () => {
    expect(() => applyOverrides(s400.spec, { 'initial.rel_russia_usa': 1, 'initial.rel_usa_russia': 2 })).toThrow(
      'override initial.rel_usa_russia: initial.rel_russia_usa is set twice',
    );
  });

  it.each([
    ['rusia.rationality', "'rusia' is not an actor in 's400' nor initial, decision or horizon (did you mean 'russia.rationality'?)"],
    ['russia.ukraine_wr', "Russia has no interest 'ukraine_wr' (did you mean 'russia.ukraine_war'?); its keys are russia.rationality, russia.ukraine_war"],
    ['initial.iran_air_defense', "no quantity 'iran_air_defense' in 's400' (did you mean 'initial.iran_air_defence'?)"],
    ['decision.rationalty', "decision has rationality and lookahead (did you mean 'decision.rationality'?)"],
    ['horizn', "(did you mean 'horizon'?)"],
  ])('refuses the unknown path %s, naming the nearest one', (path, message) => {
    expect(() => applyOverrides(s400.spec, { [path]: 1 })).toThrow(message);
  });

  it.each([
    ['russia.ukraine_war', -1, 'must be from 0 to 100'],
    ['iran.rationality', 1001, 'must be from 0 to 1000'],
    ['initial.iran_air_defence', 101, 'must be from 0 to 100'],
    ['decision.lookahead', 4, 'must be from 0 to 3'],
    ['horizon', 2.5, 'takes a whole number'],
    ['horizon', Number.NaN, 'must be a finite number'],
  ])('refuses %s = %d', (path, value, message) => {
    expect(() => applyOverrides(s400.spec, { [path]: value })).toThrow(message);
  });

  property.prop([fc.constantFrom(...keys.filter((k) => !k.integer && k.path !== 'horizon' && k.path !== 'decision.lookahead')), fc.double({ min: 0, max: 1, noNaN: true })])(
    'sets any key to any value in its range, and the compiled scenario is the one asked for',
    (key, t) => {
      const max = Number.isFinite(key.max) ? key.max : 10;
      const value = key.min + t * (max - key.min);
      const spec = applyOverrides(s400.spec, { [key.path]: value });
      expect(overrideKeys(spec).find((k) => k.path === key.path)!.value).toBe(value);
      const scenario = s400.compile(spec);
      expect(scenario.overrides).toEqual({ [key.path]: value });
      const [head, tail] = key.path.split('.') as [string, string];
      if (head === 'initial') expect(scenario.initial[scenario.quantities.find((q) => q.id === tail)!.slot]).toBe(value);
      else if (head === 'decision') expect(scenario.settings.rationality).toBe(value);
      else if (tail === 'rationality') expect(scenario.actors.find((a) => a.id === head)!.rationality).toBe(value);
      else expect(scenario.actors.find((a) => a.id === head)!.interests.find((i) => i.id === tail)!.weight).toBe(value);
    },
  );
});

describe('the scenario hash', () => {
  const base = loadScenario('s400');

  it('is unchanged without overrides, so earlier records still replay', () => {
    expect(loadScenario('s400', {}).hash).toBe(base.hash);
  });

  it('changes with every override, even one that sets a value to what it was', () => {
    const same = keys.find((k) => k.path === 'horizon')!.value;
    expect(loadScenario('s400', { horizon: same }).hash).not.toBe(base.hash);
    expect(loadScenario('s400', { 'russia.ukraine_war': 4 }).hash).not.toBe(loadScenario('s400', { 'russia.ukraine_war': 4.5 }).hash);
  });

  it('is the same for the same overrides given in another order', () => {
    const a = loadScenario('s400', { horizon: 6, 'iran.rationality': 2 });
    const b = loadScenario('s400', { 'iran.rationality': 2, horizon: 6 });
    expect(a.hash).toBe(b.hash);
  });
});

describe('an actor’s own rationality', () => {
  it('makes that actor choose uniformly at λ = 0 while the others keep the scenario’s λ', () => {
    const scenario = loadScenario('s400', { 'russia.rationality': 0 });
    const run = startRun(scenario, 3);
    const russia = assessTurn(scenario, run)!;
    expect(scenario.actors[russia.actor]!.id).toBe('russia');
    for (const p of russia.probabilities) expect(p).toBeCloseTo(1 / russia.legal.length, 12);
    const record = runScenario(scenario, { seed: 3 });
    const usa = record.turns.find((t) => t.actor === 'usa')!;
    expect(new Set(usa.options.map((o) => o.probability)).size).toBeGreaterThan(1);
  });

  it('falls back to decision.rationality for an actor without its own', () => {
    // Iran and North Korea declare their own λ in their actor files; an override beats it.
    const scenario = loadScenario('s400', { 'decision.rationality': 2.5, 'iran.rationality': 7 });
    expect(scenario.actors.map((a) => [a.id, a.rationality])).toEqual(
      scenario.actors.map((a) => [a.id, a.id === 'iran' ? 7 : a.id === 'north_korea' ? 6 : 2.5]),
    );
  });

  it("takes an actor file's own λ over the scenario's", () => {
    const scenario = loadScenario('s400');
    const lambda = Object.fromEntries(scenario.actors.map((a) => [a.id, a.rationality]));
    expect(lambda).toEqual({ russia: 4, usa: 4, israel: 4, gulf: 4, china: 4, north_korea: 6, iran: 2 });
  });
});
