// Re-records the golden playthroughs in test/golden/ from the built engine (npm run golden:record).
// Run it on purpose only: after a change that alters runs (with an ENGINE_VERSION bump) or
// after a built-in scenario or actor file changed. test/golden/golden.test.ts then pins them.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtInScenarioIds, loadScenario, runScenario } from '../dist/index.js';
import { GOLDEN_SEEDS, goldenFileName } from './golden-files.mjs';

const folder = new URL('../test/golden/records/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const name of readdirSync(folder)) if (name.endsWith('.json')) rmSync(new URL(name, folder));
for (const id of builtInScenarioIds()) {
  const scenario = loadScenario(id);
  for (const seed of GOLDEN_SEEDS) {
    const record = runScenario(scenario, { seed });
    writeFileSync(new URL(goldenFileName(id, seed), folder), `${JSON.stringify(record, null, 2)}\n`);
    process.stdout.write(`recorded ${id} seed ${seed}\n`);
  }
}
