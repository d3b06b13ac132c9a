import { Command, CommanderError, Help } from 'commander';
import { ENGINE_VERSION } from '../engine/version.js';
import type { CliIo } from './cli-io.js';
import { commandNamed, COMMANDS } from './command-list.js';
import { commanderStatus } from './commander-status.js';
import { cutLongWords } from '../text/shown-text.js';

/**
 * The `wargame` command line. Returns the exit status instead of exiting, for tests. Only
 * the command `argv` names is loaded; for anything else (help, a version, an unknown
 * command) every command is listed from `COMMANDS` without loading one.
 */
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
  try {
    const named = commandNamed(argv);
    if (named !== undefined) {
      program.addCommand(withOutput((await named.load())(io), io));
    } else {
      // Listed, not loaded: a stand-in with the command's name and description, its term given by COMMANDS.
      const terms = new Map(COMMANDS.map((c) => [c.name, c.term]));
      const help = new Help();
      program.configureHelp({ subcommandTerm: (command) => terms.get(command.name()) ?? help.subcommandTerm(command) });
      for (const entry of COMMANDS) program.addCommand(withOutput(new Command(entry.name).description(entry.description), io));
    }
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    // Help and version end in a CommanderError too: answered here, without loading what reports the others.
    if (error instanceof CommanderError) return commanderStatus(error);
    const { reportError } = await import('./report-error.js');
    return reportError(error, io.stderr);
  }
}

function withOutput(command: Command, io: CliIo): Command {
  return command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(cutLongWords(text)),
  });
}
