import { Command } from 'commander';
import { dirname } from 'node:path';
import { olderRecord, recordedSeatedRun, replaySeatedRun } from '../../records/replay.js';
import { ReplayError } from '../../records/replay-error.js';
import { type RunRecord, withGroup } from '../../records/run-record.js';
import type { Scenario } from '../../engine/scenario.js';
import { seatedRecord, type SeatedRun } from '../../records/seated-run.js';
import { builtInScenarioIds, loadScenario } from '../../scenarios/load.js';
import { OverrideError } from '../../scenarios/override-error.js';
import type { Overrides } from '../../scenarios/overrides.js';
import { isId } from '../../scenarios/schema.js';
import type { CliIo } from '../cli-io.js';
import { formatTurnLog } from '../format/turn-log.js';
import { readRecord } from '../../records/read-record.js';
import { saveRecord } from '../../records/save-record.js';
import { loadUi, terminalStreams } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { shellWord } from '../../text/shell-word.js';

export function replayCommand(io: CliIo): Command {
  return new Command('replay')
    .description('reopen a saved run record in the terminal UI (or print its log when output is not a terminal)')
    .argument('<file>', 'a run record saved by `wargame play` (s key) or `wargame run --json`')
    .option('--scenario <file>', 'the scenario file the run used, if it is not the built-in scenario the record names (a built-in id works too)')
    .action(async (file: string, options: { scenario?: string }) => {
      const record = readRecord(file);
      // A run under overrides replays under the same ones, so its hash matches.
      const overrides = record.overrides ?? {};
      const scenario = recordsOwn(file, () =>
        options.scenario === undefined ? builtInScenario(file, record.scenario.id, overrides) : loadScenario(options.scenario, overrides),
      );
      // A record of an older engine is shown as it was saved, said to be unchecked, never re-saved.
      const older = olderRecord(record);
      const notice = older && `${file}: shown as recorded, not re-checked by this engine (${older})`;
      const seated = older ? recordedSeatedRun(scenario, record) : replayFrom(file, scenario, record, options.scenario === undefined);
      // A group's run stays the group's: in the log, and when saved again.
      const { group } = record;
      const named = (r: RunRecord): RunRecord => (group === undefined ? r : withGroup(r, group));
      const streams = terminalStreams(io);
      if (streams === undefined) {
        if (notice !== undefined) io.stdout.write(`${notice}\n\n`);
        io.stdout.write(formatTurnLog(scenario, older ? record : named(seatedRecord(seated)!)));
        return;
      }
      const { renderApp } = await loadUi(io);
      const save = older ? () => ({ saved: false as const, message: `not saved: a record of engine ${record.engineVersion} is shown as recorded; it stays in ${file}` }) : (r: RunRecord) => saveRecord(named(r), dirname(file));
      // The header says so for as long as the record is on screen.
      const shownAs = older ? [group, `not re-checked: engine ${record.engineVersion}`].filter(Boolean).join(' · ') : group;
      await renderApp(seated, save, streams, { group: shownAs, notice, logCommand: () => printedLog(file, options.scenario) });
    });
}

/** The command that prints a record's log: replay with its output piped, so not to a terminal. */
function printedLog(file: string, scenario: string | undefined): string {
  return `wargame replay ${shellWord(file)}${scenario === undefined ? '' : ` --scenario ${shellWord(scenario)}`} | cat`;
}

/**
 * Loads the scenario under the record's own overrides. An override the scenario cannot
 * take came from the record, not from the command line: the record is invalid (exit 65).
 */
function recordsOwn(file: string, load: () => Scenario): Scenario {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof OverrideError)) throw error;
    throw new ReplayError(`${file}: the record's overrides do not fit the scenario: ${error.message.replace(/^(--set|override) /, '')}`);
  }
}

/** Replays a record, naming its file in any refusal, and pointing to --scenario when that may be the fix. */
function replayFrom(file: string, scenario: Scenario, record: RunRecord, builtIn: boolean): SeatedRun {
  try {
    return replaySeatedRun(scenario, record);
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
    const sameId = record.scenario.id === scenario.id && record.scenario.hash !== scenario.hash;
    const hint = builtIn && sameId ? `; if the run used a scenario file of that id, pass it with --scenario <file>` : '';
    throw new ReplayError(`${file}: ${error.message}${hint}`);
  }
}

/**
 * Only a built-in id is taken from a record: a record must not choose which file is read.
 * An id no scenario file could have (a path, say) means the record itself is wrong.
 */
function builtInScenario(file: string, id: string, overrides: Overrides) {
  if (!isId(id)) {
    const shown = id.length > 60 ? `${id.slice(0, 57)}…` : id;
    throw new ReplayError(`${file}: the record names scenario '${shown}', which is not a scenario id (ids are lower_snake_case); the record was altered or is corrupt`);
  }
  if (!builtInScenarioIds().includes(id)) {
    throw new UsageError(`the record is of scenario '${id}', which is not built in; pass the scenario file it used with --scenario <file>`);
  }
  return loadScenario(id, overrides);
}
