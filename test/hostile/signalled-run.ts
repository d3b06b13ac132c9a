import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../helpers/cli.js';

/** A child `wargame` process to be stopped by a real signal, with its output gathered. */
export interface SignalledRun {
  readonly child: ChildProcess;
  /** Sends `signal` and resolves with the exit status and what was printed. */
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

export function startWargame(args: readonly string[], cwd: string): SignalledRun {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (out += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (err += text));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return {
    child,
    async stop(signal) {
      child.kill(signal);
      const { code, signal: killedBy } = await closed;
      return { code, signal: killedBy, out, err };
    },
  };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the temporary file an output is written to before it takes `name` holds
 * bytes: the command is then surely past loading and counting runs.
 */
export async function untilWriting(dir: string, name: string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 50) {
    const temporary = readdirSync(dir).find((file) => file.startsWith(`.${name}.`) && file.endsWith('.tmp'));
    if (temporary !== undefined && statSync(join(dir, temporary), { throwIfNoEntry: false })?.size) return;
    await pause(50);
  }
  throw new Error(`nothing was written for ${name}`);
}

/**
 * Waits until process `pid` has used `seconds` of CPU time: past loading, with its signal
 * handlers in place. CPU time, unlike a fixed pause, does not run short on a loaded machine.
 * Loading a built-in scenario takes about 0.3 s of CPU, so 1 s is past it with room to spare
 * (a hormuz batch on one thread has finished 2,000–3,000 runs by then).
 */
export async function untilBusy(pid: number, seconds = 1): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 20) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (in parentheses): utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if ((Number(fields[11]) + Number(fields[12])) / 100 >= seconds) return;
    await pause(20);
  }
  throw new Error(`process ${pid} never got busy`);
}
