import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium: the browser tests drive the system's browser and download none. */
export const CHROMIUM = '/usr/bin/chromium';

const HOW_TO_INSTALL =
  `The browser tests need Chromium at ${CHROMIUM}. On Debian or Ubuntu, install it with ` +
  '`sudo apt-get update && sudo apt-get install -y chromium`; elsewhere, install Chromium from your system\'s packages at that path.';

/**
 * The path of the system Chromium, installing it from Debian's packages first when it is
 * missing and this process may (root, with apt-get), as on the project's CI machines.
 * Anywhere else a missing Chromium fails the tests with what to install.
 */
export function systemChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) throw new Error(HOW_TO_INSTALL);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}. ${HOW_TO_INSTALL}`);
    }
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but not at ${CHROMIUM}. ${HOW_TO_INSTALL}`);
  return CHROMIUM;
}

/** Flags for a quiet, isolated headless run: no GPU, sandbox, sync, updates or background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
