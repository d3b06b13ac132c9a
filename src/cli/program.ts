import { Command } from 'commander';
import { ENGINE_VERSION } from '../engine/version.js';
import type { CliIo } from './cli-io.js';
import { actorsCommand } from './commands/actors.js';
import { batchCommand } from './commands/batch.js';
import { briefCommand } from './commands/brief.js';
import { checkCommand } from './commands/check.js';
import { explainCommand } from './commands/explain.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { sweepCommand } from './commands/sweep.js';
import { ledgerCommand } from './commands/ledger.js';
import { listCommand } from './commands/list.js';
import { mergeCommand } from './commands/merge.js';
import { pathsCommand } from './commands/paths.js';
import { playCommand } from './commands/play.js';
import { replayCommand } from './commands/replay.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { validateCommand } from './commands/validate.js';
import { reportError } from './report-error.js';
import { cutLongWords } from '../text/shown-text.js';

/** The `wargame` command line. Returns the exit status instead of exiting, for tests. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command('wargame')
    .description('Seeded, turn-based geopolitical crisis simulations.')
    .version(ENGINE_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(cutLongWords(text)),
    })
    .exitOverride();
  const commands = [playCommand, replayCommand, runCommand, batchCommand, mergeCommand, listCommand, actorsCommand, pathsCommand, validateCommand, checkCommand, explainCommand, sweepCommand, sensitivityCommand, reportCommand, briefCommand, ledgerCommand];
  for (const command of commands.map((make) => make(io))) {
    program.addCommand(command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(cutLongWords(text)),
    }));
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, io.stderr);
  }
}
