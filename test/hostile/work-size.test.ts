import { availableParallelism } from 'node:os';
import { describe, it } from 'vitest';
import { expectRefusal, measuredRun } from './measured-run.js';

// Work sized before it starts: each of these was accepted and ran until memory or patience
// gave out (a thousand workers held 8.4 GB after a minute). Each must be refused at once,
// in one line that gives the size and the limit.
const cores = availableParallelism();

describe('work too big to start', () => {
  it.each([
    [['batch', 'hormuz', '--workers', '1000'], new RegExp(`argument '1000' is invalid\\. 1000 workers are more than ${2 * cores}, twice this machine's ${cores} cores`)],
    [['sweep', 'hormuz', '--vary', 'horizon=20:250:1000000000'], /^error: --vary horizon=20:250:1000000000: 1000000000 steps; an experiment has at most 100000 points$/],
    [['sweep', 'hormuz', '--vary', 'horizon=1:10:1000', '--vary', 'iran.rationality=0:8:1000', '--vary', 'usa.rationality=0:8:1000'], /^error: a grid of 1000 × 1000 × 1000 is 1000000000 points; an experiment has at most 100000 \(docs\/EXPERIMENTS\.md#limits\)$/],
    [['sweep', 'hormuz', '--design', 'lhs', '--vary', 'horizon=2:40', '--samples', '1000000000'], /^error: a Latin hypercube is 1000000000 points; an experiment has at most 100000/],
    [['sweep', 'hormuz', '--vary', 'horizon=2:40:10000', '--runs', '1000000'], /^error: a grid of 10000 is 10000 points × 1000000 runs = 10000000000 runs; an experiment makes at most 1000000000/],
    [['sensitivity', 'hormuz', '--outcome', 'strait_closed', '--method', 'sobol', '--samples', '1000000000'], /^error: Sobol with 1000000000 samples over \d+ inputs is [\d.e+]+ points; an experiment has at most 100000/],
    [['sensitivity', 'hormuz', '--outcome', 'strait_closed', '--method', 'morris', '--trajectories', '1000000000'], /^error: Morris with 1000000000 trajectories over \d+ inputs is [\d.e+]+ points; an experiment has at most 100000/],
    // The range is checked before the design is drawn from it, not after (15 s, 1.7 GB).
    [['sweep', 'hormuz', '--design', 'lhs', '--vary', 'horizon=2:4000', '--samples', '100000', '--workers', '1'], /^error: --vary horizon=4000: horizon \(number of turns\) must be from 1 to 500$/],
  ])('refuses %j at once, exit 2', async (args, message) => {
    const run = await measuredRun(args, { hangAfter: 30 });
    expectRefusal(run, 2, message, { peakMiB: 200, seconds: 5 });
  }, 60_000);
});
