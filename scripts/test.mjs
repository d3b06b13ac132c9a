#!/usr/bin/env node
// `npm test` after the build: the type check of test and bench (tsc -b: src/ is the
// referenced project the build has just checked, so only its declarations are read; about
// 12 s of CPU from nothing) runs beside vitest rather than before it. Vitest leaves part of
// the cores idle while its files wait on child processes, sockets and Chromium, and the
// type check fills that time: it runs at the lowest priority, so that it takes what vitest
// leaves rather than slow vitest down. Vitest's output streams as usual; the type check's
// is printed when both are done. Fails if either fails. Arguments go to vitest (`npm test -- test/engine`).
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const children = [];

/**
 * Runs `command`, resolving with its exit status (a signal counts as failure) and, if
 * `capture`, what it printed; `idle` runs it at the lowest priority.
 */
function run(command, args, capture, idle = false) {
  const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  children.push(child);
  if (idle && child.pid !== undefined) {
    try {
      setPriority(child.pid, constants.priority.PRIORITY_LOW);
    } catch {
      // Not allowed here: it runs at the usual priority.
    }
  }
  let printed = '';
  if (capture) for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', (text) => (printed += text));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: 1, printed: `${printed}${error.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, printed }));
  });
}

// Stopped (Ctrl-C, a CI's time limit, a closed terminal), it stops both and waits for them,
// so neither vitest, its workers and browsers, nor tsc outlives it.
let stoppedBy;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}

const [typecheck, tests] = await Promise.all([
  run(bin('tsc'), ['-b', 'tsconfig.test.json'], true, true),
  run(bin('vitest'), ['run', ...process.argv.slice(2)], false),
]);
if (stoppedBy !== undefined) process.exit(128 + constants.signals[stoppedBy]);
if (typecheck.status === 0) process.stdout.write('type check (tsc -b tsconfig.test.json): no errors\n');
else process.stderr.write(`type check (tsc -b tsconfig.test.json) failed:\n${typecheck.printed}`);
process.exitCode = tests.status !== 0 ? tests.status : typecheck.status;
