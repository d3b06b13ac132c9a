import { Command } from 'commander';
import { openSeatedRun } from '../../records/seated-run.js';
import { loadScenario } from '../../scenarios/load.js';
import type { CliIo } from '../cli-io.js';
import { checkGroup } from '../group-option.js';
import { DEFAULT_SEED, parseSeed } from '../options.js';
import { inertSetWarnings, overridesOf, setOption } from '../set-option.js';
import { runCommand } from '../run-command.js';
import { shellWord } from '../../text/shell-word.js';
import { type RunRecord, withGroup } from '../../records/run-record.js';
import { checkSaveFolder, saveRecord } from '../../records/save-record.js';
import { loadUi, requireTerminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { InterruptedError } from '../interrupted-error.js';
import { PlayAutosave, resumePlay } from '../../records/play-autosave.js';
import type { SeatedRun } from '../../records/seated-run.js';
import type { TerminalStreams } from '../ui/render-app.js';
import { SEATS_HELP, seatedActors } from '../seat-option.js';

export function playCommand(io: CliIo): Command {
  return new Command('play')
    .description('step through a run in the terminal UI; --as seats people at actors for classroom play')
    .argument('[scenario]', 'a built-in scenario id or a path to a scenario file (not with --resume)')
    .option('--seed <n>', 'seed for the random generator', parseSeed, DEFAULT_SEED)
    .option('--as <actors>', `the actors people play: ${SEATS_HELP}`)
    .option('--save-dir <folder>', 'where the s key saves run records', '.')
    .option('--group <name>', "the playing group's name: kept in the saved record, in its file name, and in a class report")
    .option('--resume <autosave>', "continue a run from its autosave (people's choices are autosaved as they are played)")
    .addOption(setOption())
    .action(async (name: string | undefined, options: { seed: number; as?: string; saveDir: string; group?: string; set?: string[]; resume?: string }) => {
      checkGroup(options.group);
      if (options.resume !== undefined) return resume(io, options.resume, name, options);
      if (name === undefined) throw new UsageError('play needs a scenario (or --resume AUTOSAVE)');
      const scenario = loadScenario(name, overridesOf(options));
      for (const warning of inertSetWarnings(scenario, overridesOf(options))) io.stderr.write(warning);
      const seats = options.as === undefined ? [] : seatedActors(scenario, options.as).map((a) => a.id);
      // Checked before the terminal: a bad folder is a mistake on the command line, and
      // finding it now beats finding it when a class presses s at the end of a session.
      checkSaveFolder(options.saveDir);
      // The run shown may change seed (n): the command is made for the seed on screen.
      const logCommand = (seed: number): string => runCommand(name, seed, scenario.overrides);
      const streams = requireTerminal(io, logCommand(options.seed));
      const seated = openSeatedRun(scenario, options.seed, seats);
      const { renderApp } = await loadUi(io);
      await playWithAutosave(io, seated, new PlayAutosave(name, options.saveDir, options.group), options.saveDir, options.group, streams, renderApp, logCommand);
    });
}

/** `play --resume FILE`: the run as its autosave left it, autosaving on into the same file. */
async function resume(io: CliIo, path: string, name: string | undefined, options: { as?: string; set?: string[]; saveDir: string; group?: string }): Promise<void> {
  if (name !== undefined || options.as !== undefined || (options.set ?? []).length > 0 || options.group !== undefined) {
    throw new UsageError("--resume continues the autosave's run: give no scenario, --as, --set or --group with it");
  }
  checkSaveFolder(options.saveDir);
  const restored = resumePlay(path);
  const streams = requireTerminal(io, `wargame replay (once the run is finished and saved)`);
  const { renderApp } = await loadUi(io);
  const autosave = new PlayAutosave(restored.scenario, options.saveDir, restored.group, { path, wholeBytes: restored.wholeBytes, seed: restored.seated.start.seed });
  // The scenario as the autosave names it (a built-in id or a file's path), under its overrides.
  const logCommand = (seed: number): string => runCommand(restored.scenario, seed, restored.seated.scenario.overrides);
  await playWithAutosave(io, restored.seated, autosave, options.saveDir, restored.group, streams, renderApp, logCommand);
}

async function playWithAutosave(
  io: CliIo,
  seated: SeatedRun,
  autosave: PlayAutosave,
  saveDir: string,
  group: string | undefined,
  streams: TerminalStreams,
  renderApp: typeof import('../ui/render-app.js').renderApp,
  logCommand: (seed: number) => string,
): Promise<void> {
  const named = group === undefined ? (record: RunRecord) => record : (record: RunRecord) => withGroup(record, group);
  const save = (record: RunRecord) => {
    const outcome = saveRecord(named(record), saveDir);
    if (outcome.saved) autosave.saved(record.seed);
    return outcome;
  };
  try {
    await renderApp(seated, save, streams, {
      group,
      onPlayed: (run, action, before) => autosave.played(run, action, before),
      onDiscarded: (run) => autosave.discarded(run.start.seed),
      logCommand,
    });
  } catch (error) {
    if (error instanceof InterruptedError && autosave.unsaved.size > 0) {
      throw new InterruptedError(`${error.message}, but the autosave keeps it: continue with wargame play --resume ${shellWord([...autosave.unsaved].at(-1)!)}`, error.signal);
    }
    throw error;
  } finally {
    autosave.close();
  }
  if (autosave.unsaved.size > 0) io.stderr.write(`people's choices not saved in a record are kept in ${[...autosave.unsaved].map(shellWord).join(', ')} (continue with wargame play --resume FILE)\n`);
}
