import { describe, expect, it } from 'vitest';
import type { DecisionMargin } from '../../src/experiments/decision-margin.js';
import { runScenario } from '../../src/records/run.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { cli } from '../helpers/cli.js';

describe('wargame explain', () => {
  it('sets the choice against each rival and gives the thresholds, saying they are exact', async () => {
    const { code, out } = await cli('explain', 's400', '--seed', '3', '--turn', '2');
    expect(code).toBe(0);
    const choice = runScenario(loadScenario('s400'), { seed: 3 }).turns[1]!.choice!;
    expect(out).toContain(`chose ${choice}`);
    expect(out).toMatch(/^against \w+: margin /m);
    expect(out).toContain("(exact: usa's expected utility is linear in its own weights");
  });

  it('prints the same margin as JSON, under overrides', async () => {
    const { out } = await cli('explain', 's400', '--seed', '3', '--turn', '2', '--json', '--set', 'usa.avoid_war=1');
    const margin = JSON.parse(out) as DecisionMargin;
    expect(margin.overrides).toEqual({ 'usa.avoid_war': 1 });
    expect(margin.thresholds.find((t) => t.interest === 'avoid_war')!.weight).toBe(1);
  });

  it('refuses a turn past the horizon, or none, with exit status 2', async () => {
    expect(await cli('explain', 's400', '--turn', '15')).toMatchObject({ code: 2, err: "error: --turn 15: 's400' has 14 turns\n" });
    expect((await cli('explain', 's400', '--turn', '0')).code).toBe(2);
    expect((await cli('explain', 's400')).code).toBe(2);
  });
});
