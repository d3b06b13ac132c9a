import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandNamed, COMMANDS } from '../../src/cli/command-list.js';
import { cli } from '../helpers/cli.js';

describe('the list of commands', () => {
  // The top-level help lists commands from COMMANDS without loading them: what it says of
  // each must be what the command itself says (change both together).
  it.each(COMMANDS.map((c) => [c.name, c] as const))('says of %s what its module does', async (_, entry) => {
    const command = (await entry.load())({ stdout: { write: () => true }, stderr: { write: () => true } });
    expect({ name: command.name(), term: new Help().subcommandTerm(command), description: command.description() }).toEqual({
      name: entry.name,
      term: entry.term,
      description: entry.description,
    });
  });

  it('lists every command in the top-level help as they list themselves', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const entry of COMMANDS) expect(help.out).toContain(entry.term);
    const loaded = await cli('help', 'run');
    expect(loaded.out).toContain('Usage: wargame run [options] <scenario>');
  });

  it('finds the command a command line names, directly or after help', () => {
    expect(commandNamed(['run', 'hormuz'])?.name).toBe('run');
    expect(commandNamed(['help', 'batch'])?.name).toBe('batch');
    expect(commandNamed(['--help'])).toBeUndefined();
    expect(commandNamed(['runn'])).toBeUndefined();
  });
});
