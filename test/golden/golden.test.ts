import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/records/run.js';
import { ENGINE_VERSION } from '../../src/engine/version.js';
import type { RunRecord } from '../../src/records/run-record.js';
import { builtInScenarioIds, loadScenario } from '../../src/scenarios/load.js';
import { GOLDEN_SEEDS, goldenFileName } from '../../scripts/golden-files.mjs';

// Golden playthroughs: each built-in scenario's record at a few seeds, as `wargame run --json`
// prints it. Same scenario, seed and engine version must give the same bytes, so a change to
// any of these runs must come with an ENGINE_VERSION bump and a deliberate re-recording
// (`npm run golden:record`, see README "Tests and benchmarks").
const folder = new URL('records/', import.meta.url);

describe('golden playthroughs', () => {
  it('every built-in scenario is recorded at every golden seed, and nothing else is', () => {
    const expected = builtInScenarioIds().flatMap((id) => GOLDEN_SEEDS.map((seed) => goldenFileName(id, seed)));
    expect(readdirSync(folder).filter((name) => name.endsWith('.json')).sort()).toEqual([...expected].sort());
  });

  for (const id of builtInScenarioIds()) {
    for (const seed of GOLDEN_SEEDS) {
      const file = new URL(goldenFileName(id, seed), folder);
      it(`${id} at seed ${seed} plays exactly as recorded`, () => {
        expect(existsSync(file), `${goldenFileName(id, seed)} is missing: npm run golden:record`).toBe(true);
        const golden = readFileSync(file, 'utf8');
        const played = `${JSON.stringify(runScenario(loadScenario(id), { seed }), null, 2)}\n`;
        if (played === golden) return;
        expect.fail(whyDifferent(JSON.parse(golden) as RunRecord, JSON.parse(played) as RunRecord));
      });
    }
  }
});

/** Says whether the change needs a version bump, or only a re-recording. */
function whyDifferent(golden: RunRecord, played: RunRecord): string {
  const run = `${golden.scenario.id} seed ${golden.seed}`;
  if (golden.scenario.hash !== played.scenario.hash) {
    return `${run}: the scenario changed (hash ${golden.scenario.hash} → ${played.scenario.hash}); re-record with npm run golden:record`;
  }
  if (golden.engineVersion === ENGINE_VERSION) {
    return `${run} no longer plays as recorded, though ENGINE_VERSION is still ${ENGINE_VERSION}: a change that alters runs must bump it (package.json and src/engine/version.ts), then npm run golden:record`;
  }
  return `${run} was recorded by engine ${golden.engineVersion}; this is ${ENGINE_VERSION}: re-record with npm run golden:record`;
}
