import { Command } from 'commander';
import { scenarioFile } from '../../scenarios/load.js';
import { rowFormatOf } from '../../batch/run-rows.js';
import { EXPLORE_DESIGNS, type ExploreDesign } from '../../discovery/explore-design.js';
import { choiceArgument } from '../choice-argument.js';
import { explore, type ExploreResult } from '../../discovery/explore.js';
import { openOutputFile } from '../../output/atomic-output.js';
import type { CliIo } from '../cli-io.js';
import { factorsOf, varyOption, workersOption } from '../experiment-options.js';
import { InterruptedError, stoppedBy } from '../interrupted-error.js';
import { DEFAULT_SEED, parseCountOf, parseRuns, parseSeed } from '../options.js';
import { refuseOutputAmongInputs } from '../output-among-inputs.js';
import { RunFailure } from '../run-failure.js';
import { overridesOf, setOption } from '../set-option.js';
import { runCommand } from '../run-command.js';
import { shellWord } from '../../text/shell-word.js';
import { WorkStop } from '../work-stop.js';
import { experimentProgress } from '../batch-progress.js';
import { UsageError } from '../usage-error.js';

interface ExploreCommandOptions {
  vary?: string[];
  design: ExploreDesign;
  samples?: number;
  runs: number;
  seed: number;
  out?: string;
  json?: boolean;
  workers: number;
  quiet?: boolean;
  set?: string[];
}

export function exploreCommand(io: CliIo): Command {
  return new Command('explore')
    .description('run a scenario over a Latin hypercube or Monte Carlo sample of --vary ranges, one row per run (for wargame discover)')
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .addOption(varyOption('a path and its range, PATH=lo:hi; repeatable'))
    .option('--design <kind>', 'lhs (Latin hypercube), mc (independent uniform draws) or sobol (the Sobol sequence)', parseDesign, 'lhs')
    .option('--samples <n>', 'points of the design', parseCountOf('points'))
    .option('--runs <n>', 'runs at each point, each with its own seed', parseRuns, 1)
    .option('--seed <n>', 'seed of the design and of the runs', parseSeed, DEFAULT_SEED)
    .requiredOption('--out <file>', 'the rows, to FILE.csv or FILE.jsonl')
    .option('--json', 'print the totals as JSON')
    .addOption(workersOption())
    .option('--quiet', 'no progress line on stderr')
    .addOption(setOption())
    .action(async (name: string, options: ExploreCommandOptions) => {
      const factors = factorsOf(options);
      if (factors.length === 0) throw new UsageError('explore needs at least one --vary PATH=lo:hi');
      if (options.samples === undefined) throw new UsageError('explore needs --samples N');
      const out = options.out!;
      const rows = rowFormatOf(out);
      if (rows === undefined) throw new UsageError(`--out ${out}: name a .csv or .jsonl file`);
      refuseOutputAmongInputs('--out', out, [scenarioFile(name)]);
      const overrides = overridesOf(options);
      const total = options.samples * options.runs;
      const output = await openOutputFile(out);
      const progress = experimentProgress(io.stderr, options.quiet);
      // A rows file that cannot be written stops the exploration as a signal would.
      const stop = new WorkStop();
      let result: ExploreResult;
      try {
        result = await explore(name, {
          factors,
          design: options.design,
          samples: options.samples,
          runs: options.runs,
          seed: options.seed,
          overrides,
          workers: options.workers,
          rows,
          onRows: stop.writerTo(output),
          onProgress: progress.onProgress,
          signal: stop.signal,
        });
      } catch (error) {
        await output.discard();
        throw error;
      } finally {
        stop.release();
        progress.stop();
      }
      // The rows of every finished run are kept, whatever stopped the exploration.
      try {
        if (stop.writeError !== undefined) throw stop.writeError;
        await output.commit();
      } catch (error) {
        await output.discard();
        stop.writeError = error;
      }
      io.stdout.write(options.json ? `${JSON.stringify({ format: 'wargame-explore/1', out, design: options.design, seed: options.seed, samples: options.samples, runsPerPoint: options.runs, ...summaryOf(result) }, null, 2)}\n` : formatExplore(result, out));
      if (stop.writeError !== undefined) throw stop.writeError;
      if (result.failure !== undefined) {
        throw new RunFailure(result.failure, runCommand(name, result.failure.moment?.seed, result.failedPoint ?? overrides));
      }
      if (result.interrupted) throw new InterruptedError(`${stoppedBy(stop.stopSignal)} after ${result.runs} of ${total} runs; ${out} holds the finished runs`, stop.stopSignal);
    });
}

function summaryOf(result: ExploreResult) {
  return { factors: result.factors, requested: result.requested, finished: result.finished, runs: result.runs, outcomes: result.outcomes.map((o) => ({ ...o, share: result.runs === 0 ? 0 : +(o.count / result.runs).toFixed(6) })) };
}

function formatExplore(result: ExploreResult, out: string): string {
  const lines = [`${result.runs} runs at ${result.finished} of ${result.requested} points over ${result.factors.join(', ')} → ${out}`];
  const width = Math.max(7, ...result.outcomes.map((o) => o.id.length));
  lines.push(`${'outcome'.padEnd(width)}  ${'runs'.padStart(8)}  share`);
  for (const o of result.outcomes) {
    const share = result.runs === 0 ? 0 : o.count / result.runs;
    lines.push(`${o.id.padEnd(width)}  ${String(o.count).padStart(8)}  ${(share * 100).toFixed(1).padStart(5)}%`);
  }
  lines.push(`next: wargame discover ${shellWord(out)} --outcome ${result.outcomes[0]?.id ?? 'OUTCOME'}`);
  return `${lines.join('\n')}\n`;
}

const parseDesign = choiceArgument('design', EXPLORE_DESIGNS);
