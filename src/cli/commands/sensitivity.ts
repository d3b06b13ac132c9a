import { Command, Option } from 'commander';
import { parseGroup } from '../../experiments/input-selection.js';
import { sensitivityOfEach } from '../../experiments/sensitivity.js';
import { SENSITIVITY_METHODS, type SensitivityMethod } from '../../experiments/sensitivity-row.js';
import { choiceArgument } from '../choice-argument.js';
import { loadResolvedScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { evaluatorFor, factorsOf, untilInterrupted, varyOption, workersOption } from '../experiment-options.js';
import { formatSensitivity, SENSITIVITY_SET_FORMAT, sensitivityTables } from '../format/sensitivity-table.js';
import { DEFAULT_SEED, parseCountOf, parseRuns, parseSeed } from '../options.js';
import { overridesOf, setOption } from '../set-option.js';
import { refuseOutputAmongInputs } from '../output-among-inputs.js';
import { checkRowsFileName, writeRows } from '../write-rows.js';
import { experimentProgress } from '../batch-progress.js';

/** Runs per point by default: fewer than a batch's, since an analysis has many points. */
const DEFAULT_POINT_RUNS = 200;

export function sensitivityCommand(io: CliIo): Command {
  return new Command('sensitivity')
    .description("which inputs move an outcome's share or a quantity's mean most (one, several or all from the same runs): one at a time (tornado), Morris, or Sobol indices")
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .addOption(new Option('--outcome <id>', "an outcome (its share of runs) or a quantity (its final mean) to study, repeatable, or all: every one from the same runs").argParser(repeat).makeOptionMandatory())
    .option('--method <name>', 'oat, morris or sobol', parseMethod, 'oat')
    .addOption(varyOption('an input and its range, PATH=lo:hi (repeatable); default: every weight ±50% and every starting value an interest reads, over its range'))
    .addOption(new Option('--exclude <PATH|GLOB>', 'leave an input out: a path or a glob such as initial.rel_* or russia.* (repeatable)').argParser(repeat))
    .addOption(new Option('--group <NAME=PATHS>', 'study inputs together as one, NAME=PATH|GLOB[,…] (repeatable; one at a time and Sobol)').argParser(repeat))
    .option('--runs <n>', 'runs per point', parseRuns, DEFAULT_POINT_RUNS)
    .option('--trajectories <n>', 'Morris trajectories', parseCountOf('trajectories'), 10)
    .option('--samples <n>', 'Sobol base samples N (N × (inputs + 2) points)', parseCountOf('samples'), 64)
    .option('--seed <n>', 'seed of the design and of the runs', parseSeed, DEFAULT_SEED)
    .option('--out <file>', 'write the ranked rows to a .csv or .jsonl file')
    .option('--json', 'print the result as JSON')
    .option('--quiet', 'no progress line on stderr')
    .addOption(workersOption())
    .addOption(setOption())
    .action(async (name: string, options: { outcome: string[]; method: SensitivityMethod; vary?: string[]; exclude?: string[]; group?: string[]; runs: number; trajectories: number; samples: number; seed: number; out?: string; json?: boolean; quiet?: boolean; set?: string[]; workers: number }) => {
      const factors = factorsOf(options);
      const groups = (options.group ?? []).map(parseGroup);
      checkRowsFileName(options.out);
      if (options.out !== undefined) refuseOutputAmongInputs('--out', options.out, [name]);
      const resolved = loadResolvedScenario(name);
      const progress = experimentProgress(io.stderr, options.quiet);
      const outcome = await untilInterrupted((signal) =>
        sensitivityOfEach(resolved, {
          outputs: options.outcome,
          method: options.method,
          factors: factors.length > 0 ? factors : undefined,
          runs: options.runs,
          seed: options.seed,
          trajectories: options.trajectories,
          samples: options.samples,
          overrides: overridesOf(options),
          exclude: options.exclude,
          groups,
          evaluator: evaluatorFor(resolved, options.workers),
          signal,
          onProgress: progress.onProgress,
        }),
      ).finally(progress.stop);
      const results = outcome.result;
      // The analysis is printed even when its rows cannot be written.
      let unwritten: unknown;
      try {
        if (options.out !== undefined) writeRows(options.out, sensitivityTables(results));
      } catch (error) {
        unwritten = error;
      }
      // One output prints as it always has; several as a set that report also reads.
      const json = results.length === 1 ? results[0] : { format: SENSITIVITY_SET_FORMAT, analyses: results };
      io.stdout.write(options.json ? `${JSON.stringify(json, null, 2)}\n` : results.map(formatSensitivity).join('\n'));
      if (unwritten !== undefined) throw unwritten;
    });
}

const repeat = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

const parseMethod = choiceArgument('method', SENSITIVITY_METHODS);
