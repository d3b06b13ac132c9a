import { Command } from 'commander';
import { openSeatedRun } from '../../engine/seated-run.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { DEFAULT_SEED, checkGroup, parseSeed } from '../options.js';
import { inertSetWarnings, overridesOf, setArguments, setOption } from '../set-option.js';
import { type RunRecord, withGroup } from '../../records/run-record.js';
import { checkSaveFolder, saveRecord } from '../../records/save-record.js';
import { loadUi, requireTerminal } from '../terminal.js';
import { SEATS_HELP, seatedActors } from '../seat-option.js';

export function playCommand(io: CliIo): Command {
  return new Command('play')
    .description('step through a run in the terminal UI; --as seats people at actors for classroom play')
    .argument('<scenario>', 'a built-in scenario id or a path to a scenario file')
    .option('--seed <n>', 'seed for the random generator', parseSeed, DEFAULT_SEED)
    .option('--as <actors>', `the actors people play: ${SEATS_HELP}`)
    .option('--save-dir <folder>', 'where the s key saves run records', '.')
    .option('--group <name>', "the playing group's name: kept in the saved record, in its file name, and in a class report")
    .addOption(setOption())
    .action(async (name: string, options: { seed: number; as?: string; saveDir: string; group?: string; set?: string[] }) => {
      checkGroup(options.group);
      const scenario = loadScenario(name, overridesOf(options));
      for (const warning of inertSetWarnings(scenario, overridesOf(options))) io.stderr.write(warning);
      const seats = options.as === undefined ? [] : seatedActors(scenario, options.as).map((a) => a.id);
      // Checked before the terminal: a bad folder is a mistake on the command line, and
      // finding it now beats finding it when a class presses s at the end of a session.
      checkSaveFolder(options.saveDir);
      const streams = requireTerminal(io, `wargame run ${name} --seed ${options.seed}${setArguments(scenario.overrides)}`);
      const seated = openSeatedRun(scenario, options.seed, seats);
      const { renderApp } = await loadUi(io);
      const { group } = options;
      const named = group === undefined ? (record: RunRecord) => record : (record: RunRecord) => withGroup(record, group);
      await renderApp(seated, (record) => saveRecord(named(record), options.saveDir), streams, group);
    });
}
