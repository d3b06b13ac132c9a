import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { runBatchInThread } from '../../src/batch/batch.js';
import { personChoices } from '../../src/report/choice-partings.js';
import { classOutcomes, classReport, outcomeSentence } from '../../src/report/class-report.js';
import { runScenario } from '../../src/records/run.js';
import { classFolder, hormuz, visibleText } from './class-runs.js';

describe('a class beside the model', () => {
  it('puts a count of groups beside the model’s share and its interval, in one sentence', () => {
    const sentence = outcomeSentence({ label: 'Iran closes the strait', groups: 2, of: 5, model: { share: 0.004, interval: [0.002, 0.007] } }, 1000);
    expect(sentence).toBe('2 of 5 groups: Iran closes the strait; the model does in 0.40% (0.20%–0.70%) of 1000 runs.');
  });

  it('counts, for each outcome, the groups whose run reached it', () => {
    const { records } = classFolder();
    const model = runBatchInThread(hormuz, { runs: 20, seed: 1 });
    const outcomes = classOutcomes(hormuz, records, model);
    expect(outcomes.map((o) => o.label)).toEqual(hormuz.outcomes.map((o) => o.label));
    hormuz.outcomes.forEach((o, i) => {
      expect(outcomes[i]!.groups).toBe(records.filter((r) => r.outcomes[o.id]).length);
      expect(outcomes[i]!.of).toBe(3);
      expect(outcomes[i]!.model.share).toBe(model.outcomes[i]!.share);
    });
  });

  it('names where each group parted from the model, and the choices where it did not', async () => {
    const { records } = classFolder();
    const groups = records.map((record, i) => ({ name: `group-${'abc'[i]}`, record }));
    const text = visibleText((await classReport(hormuz, groups, runBatchInThread(hormuz, { runs: 20, seed: 1 }), '20 runs')).text);
    expect(text).toMatch(/group-a 0 of 1 choices were the model's own preference\. Turn 7, Iran: chose “Close the Strait of Hormuz”; the model preferred “Stand down and reopen the strait” by \d+\.\d\d points of Iran's score\./);
    expect(text).toContain('2 of 3 groups: Iran closes the strait (flow below half); the model does in');
    expect(text).toContain('group-b');
    expect(text).toContain("one line per group. The dashed line is the model's typical path: the median rung at each turn over 200 of its own runs");
  });

  // Any person's choice on any turn: it agrees with the model exactly when no option scores
  // more than the two decimals shown above it.
  test.prop([fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 14 }), fc.nat()], { numRuns: 25 })(
    "a person's choice agrees with the model exactly when none scores visibly higher",
    (seed, turn, pick) => {
      const model = runScenario(hormuz, { seed });
      const options = model.turns[turn - 1]!.options;
      fc.pre(options.length > 0);
      const choice = options[pick % options.length]!.action;
      const record = runScenario(hormuz, { seed, choices: new Map([[turn, choice]]) });
      const [person] = personChoices(hormuz, record);
      const played = record.turns[turn - 1]!;
      const best = Math.max(...played.options.map((o) => o.expectedUtility));
      const mine = played.options.find((o) => o.action === choice)!.expectedUtility;
      expect(person!.turn.turn).toBe(turn);
      expect(person!.agrees).toBe(best - mine < 0.005);
      if (!person!.agrees) expect(person!.margin).toBeCloseTo(best - mine, 9);
    },
  );
});
