import { Command } from 'commander';
import { RunError } from '../../engine/run-error.js';
import { type RunRecord, type TurnRecord, toRunHeader } from '../../records/run-record.js';
import { runScenario } from '../../records/run.js';
import { startRun } from '../../engine/run-state.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { formatTurnLog, formatUnfinishedLog } from '../format/turn-log.js';
import { DEFAULT_SEED, parseSeed } from '../options.js';
import { inertSetWarnings, overridesOf, setOption } from '../set-option.js';

export function runCommand(io: CliIo): Command {
  return new Command('run')
    .description('run a scenario once and print every turn with its reasons')
    .argument('<scenario>', 'a built-in scenario id (see `wargame list`) or a path to a scenario file')
    .option('--seed <n>', 'seed for the random generator', parseSeed, DEFAULT_SEED)
    .option('--json', 'print the run record as JSON (see docs/RUN-RECORD.md)')
    .addOption(setOption())
    .action((scenarioName: string, options: { seed: number; json?: boolean; set?: string[] }) => {
      const scenario = loadScenario(scenarioName, overridesOf(options));
      for (const warning of inertSetWarnings(scenario, overridesOf(options))) io.stderr.write(warning);
      const turns: TurnRecord[] = [];
      let record: RunRecord;
      try {
        record = runScenario(scenario, { seed: options.seed, onTurn: (turn) => turns.push(turn) });
      } catch (error) {
        // The turns that led to a failing expression are the best clue to what is wrong with it.
        if (error instanceof RunError && error.moment?.turn !== 0 && !options.json) {
          io.stdout.write(formatUnfinishedLog(scenario, toRunHeader(scenario, startRun(scenario, options.seed)), turns));
        }
        throw error;
      }
      io.stdout.write(options.json ? `${JSON.stringify(record, null, 2)}\n` : formatTurnLog(scenario, record));
    });
}
