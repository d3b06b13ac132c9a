import { Command } from 'commander';
import { dirname } from 'node:path';
import { replaySeatedRun, seatedRecord } from '../../engine/seated-run.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { formatTurnLog } from '../format/turn-log.js';
import { readRecord } from '../read-record.js';
import { saveRecord } from '../save-record.js';
import { loadUi } from '../terminal.js';

export function replayCommand(io: CliIo): Command {
  return new Command('replay')
    .description('reopen a saved run record in the terminal UI (or print its log when output is not a terminal)')
    .argument('<file>', 'a run record saved by `wargame play` (s key) or `wargame run --json`')
    .option('--scenario <file>', "the scenario file the run used, if it is not a built-in scenario")
    .action(async (file: string, options: { scenario?: string }) => {
      const record = readRecord(file);
      const scenario = loadScenario(options.scenario ?? record.scenario.id);
      const seated = replaySeatedRun(scenario, record);
      if (!io.stdout.isTTY || !io.stdin?.isTTY) {
        io.stdout.write(formatTurnLog(scenario, seatedRecord(seated) ?? record));
        return;
      }
      const { renderApp } = await loadUi(io);
      await renderApp(seated, (r) => saveRecord(r, dirname(file)), { stdout: io.stdout as NodeJS.WriteStream, stdin: io.stdin as NodeJS.ReadStream });
    });
}
