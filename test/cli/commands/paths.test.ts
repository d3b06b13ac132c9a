import { describe, expect, it } from 'vitest';
import { loadResolvedScenario } from '../../../src/scenarios/load.js';
import { overrideKeys } from '../../../src/scenarios/overrides.js';
import { cli } from '../../helpers/cli.js';

describe('wargame paths', () => {
  it('lists every path --set takes, quantity ids included, with its value, range and what it is', async () => {
    const { code, out } = await cli('paths', 's400');
    expect(code).toBe(0);
    const lines = out.split('\n');
    for (const key of overrideKeys(loadResolvedScenario('s400').spec)) {
      expect(lines.some((line) => line.startsWith(`${key.path} `) && line.includes(key.meaning))).toBe(true);
    }
    expect(out).toMatch(/^initial\.oil_price +70 +20–250 +starting value of Oil price$/m);
    expect(out).toMatch(/^horizon +14 +1–500, whole +number of turns$/m);
    expect(out).toMatch(/^russia\.ukraine_war +5 +0–100 +weight of Russia's interest: /m);
  });

  it('shows the values under --set, and prints JSON whose paths are the ones --set checks against', async () => {
    const { out } = await cli('paths', 's400', '--set', 'initial.oil_price=99', '--json');
    const json = JSON.parse(out) as { format: string; overrides: Record<string, number>; paths: { path: string; value: number; min: number; max: number }[] };
    expect(json.format).toBe('wargame-paths/1');
    expect(json.overrides).toEqual({ 'initial.oil_price': 99 });
    expect(json.paths.find((p) => p.path === 'initial.oil_price')).toMatchObject({ value: 99, min: 20, max: 250 });
    expect(json.paths.map((p) => p.path)).toEqual(overrideKeys(loadResolvedScenario('s400').spec).map((k) => k.path));
  });

  it('is what the error for a wrong --set path points at', async () => {
    for (const path of ['initial.oil', 'RUSSIA.rationality']) {
      const { code, err } = await cli('batch', 's400', '--runs', '1', '--set', `${path}=1`);
      expect(code).toBe(2);
      expect(err).toContain('`wargame paths <scenario>` lists every path');
    }
    expect((await cli('batch', 's400', '--runs', '1', '--set', 'initial.oil=1')).err).toContain("(did you mean 'initial.oil_price'?)");
  });
});
