#!/usr/bin/env node
import { runCli } from './program.js';

// A reader that stops early (`| head`, a `jq` that exits) closes the pipe. That is its
// choice, not our failure: stop quietly, as cat and grep do, instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
