import { render } from 'ink';
import { useEffect, useState } from 'react';
import type { ClassroomHost } from '../../classroom/host-server.js';
import type { TerminalStreams } from '../ui/render-app.js';
import { onStopSignal } from '../stop-signals.js';
import { HostConsole } from './HostConsole.js';

/**
 * Runs the instructor console until q, Ctrl-C or a stop signal. `takeLog` hands the
 * caller the function the host's log lines should go to while the console is up.
 */
export async function renderConsole(
  host: ClassroomHost,
  welcome: readonly string[],
  streams: TerminalStreams,
  takeLog: (write: (line: string) => void) => void,
): Promise<void> {
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  takeLog((line) => {
    lines.push(`${new Date().toISOString().slice(11, 19)} ${line}`);
    if (lines.length > 200) lines.shift();
    for (const listener of listeners) listener();
  });
  function Live() {
    const [, setCount] = useState(0);
    useEffect(() => {
      const listener = () => setCount((n) => n + 1);
      listeners.add(listener);
      return () => void listeners.delete(listener);
    }, []);
    return <HostConsole host={host} welcome={welcome} log={lines} />;
  }
  const app = render(<Live />, { stdout: streams.stdout, stdin: streams.stdin, exitOnCtrlC: false, patchConsole: false });
  const release = onStopSignal(() => app.unmount());
  try {
    await app.waitUntilExit();
  } finally {
    release();
    takeLog((line) => void process.stderr.write(`${line}\n`));
  }
}
