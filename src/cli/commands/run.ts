import { Command } from 'commander';
import { runScenario } from '../../engine/run.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { formatTurnLog } from '../format/turn-log.js';
import { DEFAULT_SEED, parseSeed } from '../options.js';

export function runCommand(io: CliIo): Command {
  return new Command('run')
    .description('run a scenario once and print every turn with its reasons')
    .argument('<scenario>', 'a built-in scenario id (see `wargame list`) or a path to a scenario file')
    .option('--seed <n>', 'seed for the random generator', parseSeed, DEFAULT_SEED)
    .option('--json', 'print the run record as JSON (see docs/RUN-RECORD.md)')
    .action((scenarioName: string, options: { seed: number; json?: boolean }) => {
      const scenario = loadScenario(scenarioName);
      const record = runScenario(scenario, { seed: options.seed });
      io.stdout.write(options.json ? `${JSON.stringify(record, null, 2)}\n` : formatTurnLog(scenario, record));
    });
}
