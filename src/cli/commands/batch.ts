import { Command } from 'commander';
import { batchRuns, OutcomeTally } from '../../batch/batch.js';
import { RunError } from '../../engine/run-error.js';
import type { Scenario } from '../../engine/scenario.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { formatBatchSummary } from '../format/batch-summary.js';
import { InterruptedError } from '../interrupted-error.js';
import { RunFailure } from '../run-failure.js';
import { DEFAULT_RUNS, DEFAULT_SEED, parseRuns, parseSeed } from '../options.js';
import { overridesOf, setArguments, setOption } from '../set-option.js';

/** How often the batch yields to the event loop, so that Ctrl-C is noticed promptly. */
const YIELD_EVERY_MS = 50;

export function batchCommand(io: CliIo): Command {
  return new Command('batch')
    .description('run a scenario many times and count its named outcomes')
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .option('--runs <n>', 'number of runs', parseRuns, DEFAULT_RUNS)
    .option('--seed <n>', 'batch seed; run i uses a seed derived from it and i', parseSeed, DEFAULT_SEED)
    .option('--json', 'print the summary as JSON')
    .addOption(setOption())
    .action(async (scenarioName: string, options: { runs: number; seed: number; json?: boolean; set?: string[] }) => {
      const scenario = loadScenario(scenarioName, overridesOf(options));
      const { tally, interrupted, failure } = await tallyUntilInterrupted(scenario, options.seed, options.runs);
      // A failed run loses nothing either: the runs before it are summarised first.
      if (tally.runs > 0 || failure === undefined) {
        const summary = tally.summary(options.seed, options.runs);
        io.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatBatchSummary(summary));
      }
      if (failure) throw new RunFailure(failure, `wargame run ${scenarioName} --seed ${failure.moment?.seed ?? ''}${setArguments(scenario.overrides)}`);
      if (interrupted) {
        throw new InterruptedError(`interrupted after ${tally.runs} of ${options.runs} runs; the summary covers the finished runs`);
      }
    });
}

/**
 * Runs the batch, yielding to the event loop every few milliseconds; on SIGINT it stops
 * after the run in progress, and on a RunError at the failing run, and returns the tally
 * of every finished run, so an interrupted batch loses nothing. (Clock reads here only pace the yields.)
 */
async function tallyUntilInterrupted(
  scenario: Scenario,
  seed: number,
  runs: number,
): Promise<{ tally: OutcomeTally; interrupted: boolean; failure?: RunError }> {
  const tally = new OutcomeTally(scenario);
  let interrupted = false;
  const stop = (): void => {
    interrupted = true;
  };
  process.on('SIGINT', stop);
  try {
    let lastYield = performance.now();
    for (const run of batchRuns(scenario, seed, 0, runs)) {
      tally.add(run);
      if (performance.now() - lastYield >= YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = performance.now();
        if (interrupted) break;
      }
    }
  } catch (error) {
    if (error instanceof RunError) return { tally, interrupted, failure: error };
    throw error;
  } finally {
    process.off('SIGINT', stop);
  }
  return { tally, interrupted };
}
