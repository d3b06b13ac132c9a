import { describe, expect, it } from 'vitest';
import { batchRuns } from '../../src/batch/batch.js';
import { builtInScenarioIds, loadScenario } from '../../src/scenarios/load.js';

// No verdict by saturation: an outcome that actors' decisions produce is the model's most
// likely outcome or a rare one, never a certainty or an impossibility, unless the rules
// make it so. docs/SCENARIOS.md lists such outcomes; today there are none.
const CERTAIN_OR_IMPOSSIBLE_BY_THE_RULES: ReadonlySet<string> = new Set();
// A batch's run k has the same seed whatever the batch's size, so the 500-run batch is the
// first 500 runs of the 2000-run one: each scenario's 2000 runs are played once.
const playedRuns = new Map<string, { ids: string[]; held: boolean[][] }>();
/** Per run of the batch with seed 1, its first `count` runs, whether each outcome held. */
function firstRuns(id: string, count: number): { ids: string[]; held: boolean[][] } {
  if (!playedRuns.has(id)) {
    const scenario = loadScenario(id);
    playedRuns.set(id, { ids: scenario.outcomes.map((o) => o.id), held: Array.from(batchRuns(scenario, 1, 0, 2000), (run) => [...run.outcomes]) });
  }
  const { ids, held } = playedRuns.get(id)!;
  return { ids, held: held.slice(0, count) };
}

describe('no built-in outcome sits at 0% or 100% of 500 or of 2000 runs', () => {
  for (const id of builtInScenarioIds()) {
    it.each([500, 2000])(`${id}: every outcome holds in some of %i runs and fails in others (batch seed 1)`, (RUNS) => {
      const { ids, held } = firstRuns(id, RUNS);
      expect(held).toHaveLength(RUNS);
      ids.forEach((outcome, k) => {
        if (CERTAIN_OR_IMPOSSIBLE_BY_THE_RULES.has(`${id}.${outcome}`)) return;
        const count = held.filter((run) => run[k]).length;
        expect(count, `${id}.${outcome}`).toBeGreaterThan(0);
        expect(count, `${id}.${outcome}`).toBeLessThan(RUNS);
      });
    });
  }
});
