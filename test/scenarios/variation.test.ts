import { describe, expect, it } from 'vitest';
import { runOutcomes } from '../../src/batch/run-outcomes.js';
import { loadScenario, parseScenarioText } from '../../src/scenarios/load.js';
import { ScenarioError } from '../../src/scenarios/scenario-error.js';

// A variation names the built-in scenario it extends and states only what differs.

const errorOf = (text: string): string => {
  try {
    parseScenarioText(text, 'variant.yaml');
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  throw new Error('expected a ScenarioError');
};

describe('extends: a built-in scenario varied in a few lines', () => {
  it('keeps everything it does not restate, and merges initial values over the base’s', () => {
    const base = loadScenario('s400');
    const variant = parseScenarioText('extends: s400\nid: s400_light_load\ninitial:\n  russia_military_load: 20\n');
    expect(variant.id).toBe('s400_light_load');
    expect(variant.actors.map((a) => a.id)).toEqual(base.actors.map((a) => a.id));
    expect(variant.outcomes.map((o) => o.id)).toEqual(base.outcomes.map((o) => o.id));
    const slot = (id: string): number => base.quantities.findIndex((q) => q.id === id);
    expect(variant.initial[slot('russia_military_load')]).toBe(20);
    expect(variant.initial[slot('iran_air_defence')]).toBe(base.initial[slot('iran_air_defence')]); // the base's own override
    expect(variant.hash).not.toBe(base.hash);
  });

  it('replaces a field it restates', () => {
    const variant = parseScenarioText('extends: hormuz\nid: short\nhorizon: 3\n');
    expect(variant.settings.horizon).toBe(3);
    expect(variant.trigger.id).toBe('iran_threatens_closure');
  });

  it('refuses an unknown base, pointing at extends', () => {
    expect(errorOf('extends: s401\nid: x\n')).toMatch(/variant\.yaml:1:\d+.*no built-in scenario 's401'/);
  });

  it('points an error in a restated field at the variation, and keeps unknown fields errors', () => {
    expect(errorOf('extends: s400\nid: x\ninitial:\n  russia_load: 3\n')).toMatch(/variant\.yaml:4:3.*unknown quantity 'russia_load'/);
    expect(errorOf('extends: s400\nid: x\nhorizn: 3\n')).toMatch(/variant\.yaml:3:1.*horizn/);
  });
});

describe('replacing part of a built-in actor', () => {
  const variant = (actors: string): string => `extends: s400\nid: hypothesis\nactors:\n${actors}\n`;
  const others = '  - usa\n  - israel\n  - gulf\n  - china\n  - north_korea\n  - iran';

  it('an interest’s expression, keeping its weight and citation', () => {
    const text = variant(`  - use: russia\n    interests:\n      ukraine_war:\n        expression: -russia_military_load / 100\n        rationale: A linear cost, for comparison.\n${others}`);
    const russia = parseScenarioText(text).actors[0]!;
    const term = russia.interests.find((i) => i.id === 'ukraine_war')!;
    expect(term.term.source).toBe('-russia_military_load / 100');
    expect(term.weight).toBe(5);
    expect(term.citation.article).toMatch(/^05-/);
  });

  it('an action’s precondition and effects, which then decide what happens', () => {
    const text = variant(
      `  - use: russia\n    weights: {ties_with_iran: 8}\n    actions:\n      deliver_s400:\n        when: s400_requested == 1\n        effects:\n          s400_delivered: 1\n          s400_requested: 0\n          rel_iran_russia: rel_iran_russia + 25\n${others}`,
    );
    const scenario = parseScenarioText(text);
    const deliver = scenario.actors[0]!.actions.find((a) => a.id === 'deliver_s400')!;
    expect(deliver.precondition!.source).toBe('s400_requested == 1');
    const delivered = scenario.outcomes.findIndex((o) => o.id === 'russia_arms_iran');
    const runs = Array.from({ length: 20 }, (_, i) => runOutcomes(scenario, i + 1)[delivered]);
    expect(runs.filter(Boolean).length).toBeGreaterThan(15); // costless, it is almost always taken
  });

  it('refuses a replacement of an interest or action the actor does not have, at the key', () => {
    const text = variant(`  - use: russia\n    interests:\n      ukraine:\n        expression: 0\n    actions:\n      deliver:\n        when: 1\n${others}`);
    const message = errorOf(text);
    expect(message).toMatch(/variant\.yaml:6:7.*no interest 'ukraine'/);
    expect(message).toMatch(/variant\.yaml:9:7.*no action 'deliver'/);
  });

  it('points an error inside a replaced expression at the variation', () => {
    const text = variant(`  - use: russia\n    interests:\n      ukraine_war:\n        expression: -russia_load / 100\n${others}`);
    expect(errorOf(text)).toMatch(/variant\.yaml:7:\d+.*russia_load/);
  });
});
