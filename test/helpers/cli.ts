import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/program.js';

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in this process with captured output. */
export async function cli(...args: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
  });
  return { code, out, err };
}

/**
 * Runs the CLI in this process from the folder `dir`, as `wargame(args, { cwd: dir })`
 * runs the binary there: paths are given, and echoed, relative to it. The working folder
 * is the process's own, so it is changed back however the command ends; vitest runs one
 * test of a file at a time in its worker, so nothing else sees the change.
 */
export async function cliIn(dir: string, ...args: string[]): Promise<CliResult> {
  const before = process.cwd();
  process.chdir(dir);
  try {
    return await cli(...args);
  } finally {
    process.chdir(before);
  }
}

export const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** Runs the built `wargame` binary in a child process, as a user's shell would. */
export function wargame(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}
