import { Command } from 'commander';
import { dirname } from 'node:path';
import { replaySeatedRun } from '../../engine/replay.js';
import { seatedRecord } from '../../engine/seated-run.js';
import { builtInScenarioIds, loadScenario, loadScenarioFile } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { formatTurnLog } from '../format/turn-log.js';
import { readRecord } from '../read-record.js';
import { saveRecord } from '../save-record.js';
import { loadUi, terminalStreams } from '../terminal.js';
import { UsageError } from '../usage-error.js';

export function replayCommand(io: CliIo): Command {
  return new Command('replay')
    .description('reopen a saved run record in the terminal UI (or print its log when output is not a terminal)')
    .argument('<file>', 'a run record saved by `wargame play` (s key) or `wargame run --json`')
    .option('--scenario <file>', 'the scenario file the run used, if it is not a built-in scenario')
    .action(async (file: string, options: { scenario?: string }) => {
      const record = readRecord(file);
      const scenario = options.scenario === undefined ? builtInScenario(record.scenario.id) : loadScenarioFile(options.scenario);
      const seated = replaySeatedRun(scenario, record);
      const streams = terminalStreams(io);
      if (streams === undefined) {
        io.stdout.write(formatTurnLog(scenario, seatedRecord(seated)!));
        return;
      }
      const { renderApp } = await loadUi(io);
      await renderApp(seated, (r) => saveRecord(r, dirname(file)), streams);
    });
}

/** Only a built-in id is taken from a record: a record must not choose which file is read. */
function builtInScenario(id: string) {
  if (!builtInScenarioIds().includes(id)) {
    throw new UsageError(`the record is of scenario '${id}', which is not built in; pass the scenario file it used with --scenario <file>`);
  }
  return loadScenario(id);
}
