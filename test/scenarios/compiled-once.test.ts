import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/records/run.js';
import { COMPILED_KEPT } from '../../src/scenarios/compiled-once.js';
import { loadScenario, parseScenarioText } from '../../src/scenarios/load.js';
import { ScenarioError } from '../../src/scenarios/scenario-error.js';

const FILE = new URL('./fixtures/rare-fault.yaml', import.meta.url).pathname;

describe('a scenario loaded again', () => {
  it('is the one compiled the first time, for the same file and the same overrides', () => {
    expect(loadScenario('s400')).toBe(loadScenario('s400'));
    expect(loadScenario('s400', { horizon: 6, 'iran.rationality': 2 })).toBe(loadScenario('s400', { horizon: 6, 'iran.rationality': 2 }));
  });

  it('keeps the order its overrides were given in, whatever was loaded before', () => {
    const first = loadScenario('hormuz', { horizon: 6, 'decision.rationality': 2 });
    const other = loadScenario('hormuz', { 'decision.rationality': 2, horizon: 6 });
    expect(Object.keys(first.overrides)).toEqual(['horizon', 'decision.rationality']);
    expect(Object.keys(other.overrides)).toEqual(['decision.rationality', 'horizon']);
    expect(Object.keys(runScenario(other, { seed: 1 }).overrides ?? {})).toEqual(['decision.rationality', 'horizon']);
  });

  it('is compiled apart for other overrides, another file, or 0 against −0', () => {
    expect(loadScenario('s400', { horizon: 6 })).not.toBe(loadScenario('s400'));
    expect(loadScenario('hormuz')).not.toBe(loadScenario('s400'));
    const zero = loadScenario('hormuz', { 'initial.rel_china_iran': 0 });
    const negativeZero = loadScenario('hormuz', { 'initial.rel_china_iran': -0 });
    expect(negativeZero).not.toBe(zero);
  });

  it('is read afresh when its file has changed, and the same text in another file is placed in that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-once-'));
    const file = join(dir, 'mine.yaml');
    const text = readFileSync(FILE, 'utf8');
    writeFileSync(file, text);
    const before = loadScenario(file);
    writeFileSync(file, text.replace('horizon: 4', 'horizon: 3'));
    const after = loadScenario(file);
    expect([before.settings.horizon, after.settings.horizon]).toEqual([4, 3]);
    expect(loadScenario(file)).toBe(after);
    // Run-time errors name the file each scenario was loaded from.
    const seeds = Array.from({ length: 400 }, (_, i) => i + 1);
    const failing = (path: string): string => {
      for (const seed of seeds) {
        try {
          runScenario(loadScenario(path), { seed });
        } catch (error) {
          return (error as Error).message;
        }
      }
      return 'no run failed';
    };
    writeFileSync(file, text);
    expect(failing(file)).toContain(`${file}:`);
    expect(failing(FILE)).toContain(`${FILE}:`);
  });

  it('is refused again, with every problem placed, when it is broken', () => {
    const broken = 'id: broken\ntitle: [\n';
    for (let i = 0; i < 2; i++) expect(() => parseScenarioText(broken, 'broken.yaml')).toThrow(ScenarioError);
  });

  it(`keeps the ${COMPILED_KEPT} last compiles of a file, compiling older ones afresh to the same figures`, () => {
    const first = loadScenario('strike', { horizon: 4 });
    for (let h = 5; h < 5 + COMPILED_KEPT; h++) loadScenario('strike', { horizon: h });
    const again = loadScenario('strike', { horizon: 4 });
    expect(again).not.toBe(first);
    expect(JSON.stringify(runScenario(again, { seed: 3 }))).toBe(JSON.stringify(runScenario(first, { seed: 3 })));
  });
});
