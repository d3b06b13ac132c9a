import { Command, InvalidArgumentError } from 'commander';
import { loadScenario } from '../../scenarios/load.js';
import { checkScenario } from '../../testing/conformance/check-scenario.js';
import { ConformanceError } from '../../testing/conformance/conformance-error.js';
import { formatConformanceReport } from '../../testing/conformance/format-report.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { DEFAULT_SEED, parseSeed } from '../options.js';
import { overridesOf, setOption } from '../set-option.js';
import { runCommand } from '../run-command.js';

const DEFAULT_CHECK_RUNS = 20;

/**
 * `wargame check <scenario>`: the conformance suite of `wargame/testing`'s checkScenario,
 * for scenario authors. Prints each check and every failure with its seed, turn and
 * state on stdout; when a check fails, a line on stderr and exit 65 (reportError).
 */
export function checkCommand(io: CliIo): Command {
  return new Command('check')
    .description(`play random runs and check the invariants every scenario keeps (legality, determinism, replay, ranges, probabilities, chance, planner); exit ${EXIT.data} if one fails`)
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .option('--runs <n>', `random runs to play (default ${DEFAULT_CHECK_RUNS})`, parseCheckRuns, DEFAULT_CHECK_RUNS)
    .option('--seed <n>', 'seed the runs’ seeds derive from', parseSeed, DEFAULT_SEED)
    .addOption(setOption())
    .action((name: string, options: { runs: number; seed: number; set?: string[] }) => {
      const overrides = overridesOf(options);
      const scenario = loadScenario(name, overrides);
      const report = checkScenario(scenario, { runs: options.runs, seed: options.seed });
      io.stdout.write(formatConformanceReport(report, runCommand(name, undefined, overrides)));
      if (!report.ok) throw new ConformanceError(report);
    });
}

function parseCheckRuns(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 100_000) throw new InvalidArgumentError('the number of runs must be a whole number from 1 to 100000');
  return n;
}
