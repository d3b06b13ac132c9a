import { Command } from 'commander';
import { runBatch } from '../../batch/batch.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { formatBatchSummary } from '../format/batch-summary.js';
import { DEFAULT_SEED, parseRuns, parseSeed } from '../options.js';

export function batchCommand(io: CliIo): Command {
  return new Command('batch')
    .description('run a scenario many times and count its named outcomes')
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .requiredOption('--runs <n>', 'number of runs', parseRuns)
    .option('--seed <n>', 'batch seed; run i uses a seed derived from it and i', parseSeed, DEFAULT_SEED)
    .option('--json', 'print the summary as JSON')
    .action((scenarioName: string, options: { runs: number; seed: number; json?: boolean }) => {
      const scenario = loadScenario(scenarioName);
      const summary = runBatch(scenario, { runs: options.runs, seed: options.seed });
      io.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatBatchSummary(summary));
    });
}
