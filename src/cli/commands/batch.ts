import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { scenarioFile } from '../../scenarios/load.js';
import { summarize } from '../../batch/batch-summary.js';
import { runParallelBatch } from '../../batch/parallel-batch.js';
import { toPartialBatch } from '../../batch/partial-batch.js';
import { rowFormatOf } from '../../batch/run-rows.js';
import type { CliIo } from '../cli-io.js';
import { formatBatchSummary } from '../format/batch-summary.js';
import { InterruptedError, stoppedBy } from '../interrupted-error.js';
import { DEFAULT_RUNS, DEFAULT_SEED, parseRuns, parseSeed, parseWorkers } from '../options.js';
import { inertSetWarnings, overridesOf, setOption } from '../set-option.js';
import { runCommand } from '../run-command.js';
import { RunFailure } from '../run-failure.js';
import { UsageError } from '../usage-error.js';
import { openOutputFile, type OutputFile } from '../../output/atomic-output.js';
import { turnRowsHeader, writeTurnRows } from '../../batch/turn-rows.js';
import { refuseOutputAmongInputs, refuseOutputTwice } from '../output-among-inputs.js';
import { WorkStop } from '../work-stop.js';
import { startProgress } from '../batch-progress.js';

interface BatchOptions {
  runs: number;
  seed: number;
  json?: boolean;
  workers: number;
  out?: string;
  outTurns?: string;
  shard?: Shard;
  quiet?: boolean;
  set?: string[];
}

interface Shard {
  readonly index: number;
  readonly count: number;
}

export function batchCommand(io: CliIo): Command {
  return new Command('batch')
    .description('run a scenario many times: outcome shares, quantity statistics, per-run data')
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .option('--runs <n>', 'number of runs', parseRuns, DEFAULT_RUNS)
    .option('--seed <n>', 'batch seed; run i uses a seed derived from it and i', parseSeed, DEFAULT_SEED)
    .option('--json', 'print the summary as JSON')
    .addOption(new Option('--workers <n>', "threads that play runs, the command's own among them").argParser(parseWorkers).default(availableParallelism(), 'one per core'))
    .option('--out <file>', 'per-run rows to FILE.csv or FILE.jsonl; FILE.json gets the summary as --json prints it, or with --shard the partial result that merge reads')
    .option('--out-turns <file>', 'per-turn rows of every run (run, turn, actor, action, chance, each quantity) to FILE.csv or FILE.jsonl')
    .option('--shard <k/n>', 'run only the k-th (from 0) of n equal, consecutive ranges of runs', parseShard)
    .option('--quiet', 'no progress line on stderr')
    .addOption(setOption())
    .action(async (scenarioName: string, options: BatchOptions) => {
      const { runs, seed, shard } = options;
      const overrides = overridesOf(options);
      const from = shard === undefined ? 0 : Math.floor((shard.index * runs) / shard.count);
      const to = shard === undefined ? runs : Math.floor(((shard.index + 1) * runs) / shard.count);
      const rows = options.out === undefined ? undefined : rowFormatOf(options.out);
      const jsonOut = options.out !== undefined && /\.json$/i.test(options.out);
      if (options.out !== undefined && rows === undefined && !jsonOut) {
        throw new UsageError(`--out ${options.out}: the file name must end in .csv or .jsonl (per-run rows) or .json (the summary; with --shard, the partial result)`);
      }
      // A shard's part is what merge reads; a whole batch's .json is its summary, which
      // report reads (a part of the whole would be refused there, and merge of one part
      // prints this same summary).
      const partOut = jsonOut && shard !== undefined;
      const summaryOut = jsonOut && shard === undefined;
      if (options.out !== undefined) refuseOutputAmongInputs('--out', options.out, [scenarioFile(scenarioName)]);
      const turnRows = options.outTurns === undefined ? undefined : rowFormatOf(options.outTurns);
      if (options.outTurns !== undefined) {
        if (turnRows === undefined) throw new UsageError(`--out-turns ${options.outTurns}: the file name must end in .csv or .jsonl`);
        refuseOutputAmongInputs('--out-turns', options.outTurns, [scenarioName]);
        if (options.out !== undefined) refuseOutputTwice('--out-turns', options.outTurns, '--out', options.out);
      }
      // Rows and the partial result go to a temporary file from the start: a missing
      // folder is found before any run, and the target is replaced only when whole.
      const output = options.out === undefined ? undefined : await openOutputFile(options.out);
      let turnsOutput: OutputFile | undefined;
      try {
        turnsOutput = options.outTurns === undefined ? undefined : await openOutputFile(options.outTurns);
      } catch (error) {
        await output?.discard();
        throw error;
      }
      const progress = options.quiet || !io.stderr.isTTY ? undefined : startProgress(io.stderr, to - from);
      // A rows file that cannot be written (a full disk) stops the batch as a signal
      // would: the runs finished are still summarised before the error is reported.
      const stop = new WorkStop();
      let result;
      try {
        result = await runParallelBatch(
          { scenario: scenarioName, overrides },
          {
            runs,
            seed,
            workers: options.workers,
            from,
            to,
            rows,
            onRows: rows === undefined ? undefined : stop.writerTo(output!),
            onProgress: progress?.update,
            signal: stop.signal,
          },
        );
        // Each finished run's turns, played again through the one turn loop: a second pass,
        // in this thread, so the rows are the same whatever the batch's threads did.
        if (turnsOutput !== undefined && result.statistics.runs > 0 && stop.writeError === undefined) {
          await turnsOutput.write(turnRowsHeader(result.scenario, turnRows!));
          await writeTurnRows(result.scenario, { seed, from, to: result.to, format: turnRows!, signal: stop.signal, onRows: stop.writerTo(turnsOutput) });
        }
      } catch (error) {
        await output?.discard();
        await turnsOutput?.discard();
        throw error;
      } finally {
        stop.release();
        progress?.stop();
      }
      const { statistics, scenario, failure, interrupted } = result;
      let made: ReturnType<typeof summarize> | undefined;
      const summary = () => (made ??= summarize(scenario, statistics, seed, to - from, from));
      for (const warning of inertSetWarnings(scenario, overrides)) io.stderr.write(warning);
      // What was finished is kept whatever stopped the batch: the rows of the finished
      // runs, or a partial result that covers them. A failure to write it is reported
      // after the summary, which it must not cost.
      try {
        if (stop.writeError !== undefined) throw stop.writeError;
        if (partOut) await output!.write(`${JSON.stringify(toPartialBatch(result), null, 2)}\n`);
        if (summaryOut) await output!.write(`${JSON.stringify(summary(), null, 2)}\n`);
        await output?.commit();
        await turnsOutput?.commit();
      } catch (error) {
        await output?.discard();
        await turnsOutput?.discard();
        stop.writeError = error;
      }
      // A failed or stopped batch loses nothing: the runs before it are summarised first.
      if (statistics.runs > 0 || failure === undefined) {
        io.stdout.write(options.json ? `${JSON.stringify(summary(), null, 2)}\n` : formatBatchSummary(summary()));
      }
      if (stop.writeError !== undefined) throw stop.writeError;
      if (failure) throw new RunFailure(failure, runCommand(scenarioName, failure.moment?.seed, overrides));
      if (interrupted) {
        throw new InterruptedError(`${stoppedBy(stop.stopSignal)} after ${statistics.runs} of ${to - from} runs; the summary covers the finished runs`, stop.stopSignal);
      }
    });
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > 1e6 || index >= count) {
    throw new InvalidArgumentError('the shard must be K/N with 0 ≤ K < N, like 0/4 for the first of four');
  }
  return { index, count };
}
