import { describe, expect, it } from 'vitest';
import { modelScores } from '../../src/batch/model-scores.js';
import { runSeed } from '../../src/batch/run-seed.js';
import { runScenario } from '../../src/records/run.js';
import { scorecard, scorecardLines } from '../../src/presentation/scorecard.js';
import { loadScenario } from '../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');
const iran = hormuz.actors.find((a) => a.id === 'iran')!;
const model = modelScores(hormuz, iran, 200, 1);

describe("a role's scorecard", () => {
  it("places a run's end among the model's own runs: the model's worst run near 0%, its best near 100%", () => {
    const ends = Array.from({ length: 200 }, (_, i) => runScenario(hormuz, { seed: runSeed(1, i) }).turns.at(-1)!.state);
    const percentiles = ends.map((state) => scorecard(hormuz, iran, state, model).percentile);
    expect(Math.min(...percentiles)).toBeLessThan(5);
    expect(Math.max(...percentiles)).toBeGreaterThan(95);
    // Averaged over the model's own runs, a run of the model sits in the middle.
    expect(percentiles.reduce((a, b) => a + b, 0) / percentiles.length).toBeCloseTo(50, 0);
  });

  it('is the same figures every time: the comparison runs are seeded', () => {
    const again = modelScores(hormuz, iran, 200, 1);
    expect(Array.from(again.totals)).toEqual(Array.from(model.totals));
    expect(Array.from(again.meanContributions)).toEqual(Array.from(model.meanContributions));
  });

  it('says in plain words where the run stands and which interests gained and lost most, with no model jargon', () => {
    const end = runScenario(hormuz, { seed: 5 }).turns.at(-1)!.state;
    const card = scorecard(hormuz, iran, end, model);
    const differences = card.differences.map((d) => d.difference);
    expect(differences).toEqual([...differences].sort((a, b) => b - a));
    const lines = scorecardLines(card);
    expect(lines[0]).toMatch(/^Iran: the end of this run served Iran's interests better than \d+% of the model's own 200 runs of this scenario\.$/);
    expect(lines.join(' ')).not.toMatch(/utility|\bEU\b|logit|percentile/i);
    if (card.differences[0]!.difference > 0.005) expect(lines.join('\n')).toContain(`Better than the model's usual end: ${card.differences[0]!.label}`);
  });
});
