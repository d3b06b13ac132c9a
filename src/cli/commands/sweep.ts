import { Command, Option } from 'commander';
import { sweep } from '../../experiments/sweep.js';
import { SWEEP_DESIGNS, type SweepDesign } from '../../experiments/sweep-design.js';
import { choiceArgument } from '../choice-argument.js';
import { loadResolvedScenario, scenarioFile } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { evaluatorFor, factorsOf, untilInterrupted, varyOption, workersOption } from '../experiment-options.js';
import { formatSweep, sweepMeansTable, sweepTable } from '../format/sweep-table.js';
import { InterruptedError, stoppedBy } from '../interrupted-error.js';
import { DEFAULT_RUNS, DEFAULT_SEED, parseCountOf, parseRuns, parseSeed } from '../options.js';
import { overridesOf, setOption } from '../set-option.js';
import { UsageError } from '../usage-error.js';
import { didYouMean } from '../../text/did-you-mean.js';
import { refuseOutputAmongInputs, refuseOutputTwice } from '../output-among-inputs.js';
import { checkRowsFileName, writeRows } from '../write-rows.js';
import { experimentProgress } from '../batch-progress.js';

export function sweepCommand(io: CliIo): Command {
  return new Command('sweep')
    .description('run a scenario over a grid or Latin hypercube of --vary values, the same run seeds at every point')
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .addOption(varyOption('a path and its values: PATH=v1,v2,… or PATH=lo:hi:steps (grid), PATH=lo:hi (lhs); repeatable'))
    .option('--design <kind>', 'grid (every combination) or lhs (Latin hypercube)', parseDesign, 'grid')
    .option('--samples <n>', 'points of a Latin hypercube', parseCountOf('points'))
    .option('--runs <n>', 'runs per point', parseRuns, DEFAULT_RUNS)
    .option('--seed <n>', 'seed; run i at every point uses a seed derived from it and i', parseSeed, DEFAULT_SEED)
    .option('--out <file>', 'write the tidy rows to a .csv or .jsonl file')
    .option('--out-means <file>', "write every quantity's final mean at every point, tidy, to a .csv or .jsonl file")
    .addOption(new Option('--mean <id>', "also print a quantity's final mean at each point (repeatable, or all)").argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]))
    .option('--json', 'print the result as JSON')
    .option('--quiet', 'no progress line on stderr')
    .addOption(workersOption())
    .addOption(setOption())
    .action(async (name: string, options: { vary?: string[]; design: SweepDesign; samples?: number; runs: number; seed: number; out?: string; outMeans?: string; mean?: string[]; json?: boolean; quiet?: boolean; set?: string[]; workers: number }) => {
      const factors = factorsOf(options);
      if (factors.length === 0) throw new UsageError('sweep needs at least one --vary PATH=…');
      checkRowsFileName(options.out);
      checkRowsFileName(options.outMeans, '--out-means');
      if (options.out !== undefined) refuseOutputAmongInputs('--out', options.out, [scenarioFile(name)]);
      if (options.outMeans !== undefined) {
        refuseOutputAmongInputs('--out-means', options.outMeans, [scenarioFile(name)]);
        if (options.out !== undefined) refuseOutputTwice('--out-means', options.outMeans, '--out', options.out);
      }
      const resolved = loadResolvedScenario(name);
      const quantities = meanIds(resolved.spec.quantities.map((q) => q.id), options.mean ?? []);
      const progress = experimentProgress(io.stderr, options.quiet);
      const { result, interrupted, signal } = await untilInterrupted((signal) =>
        sweep(resolved, { factors, design: options.design, samples: options.samples, runs: options.runs, seed: options.seed, overrides: overridesOf(options), evaluator: evaluatorFor(resolved, options.workers), signal, onProgress: progress.onProgress }),
      ).finally(progress.stop);
      // The points run are printed even when their rows cannot be written.
      let unwritten: unknown;
      try {
        if (options.out !== undefined) writeRows(options.out, sweepTable(result));
        if (options.outMeans !== undefined) writeRows(options.outMeans, sweepMeansTable(result));
      } catch (error) {
        unwritten = error;
      }
      io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatSweep(result, quantities));
      if (unwritten !== undefined) throw unwritten;
      if (interrupted) throw new InterruptedError(`${stoppedBy(signal)} after ${result.finished} of ${result.requested} points; the output covers the finished points`, signal);
    });
}

/** The quantities `--mean` names (or all of them), each checked, with the nearest for a typo. */
function meanIds(ids: readonly string[], asked: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of asked) {
    if (id === 'all') out.push(...ids);
    else if (ids.includes(id)) out.push(id);
    else throw new UsageError(`--mean ${id}: no such quantity${didYouMean(id, ids)}; \`wargame paths <scenario>\` lists them (as initial.<quantity>)`);
  }
  return [...new Set(out)];
}

const parseDesign = choiceArgument('design', SWEEP_DESIGNS);
