import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';

const HOW_TO_INSTALL =
  "The CART reference test needs Debian's scikit-learn for /usr/bin/python3. On Debian or Ubuntu, install it with " +
  '`sudo apt-get update && sudo apt-get install -y python3-sklearn`.';

const hasSklearn = (): boolean => existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;

/**
 * The system python3 with scikit-learn, installing Debian's python3-sklearn first when it
 * is missing and this process may (root, with apt-get), as the browser tests install
 * Chromium. Anywhere else a missing scikit-learn fails the test with what to install.
 */
export function systemSklearn(): string {
  if (hasSklearn()) return PYTHON;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) throw new Error(HOW_TO_INSTALL);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'python3-sklearn']]) {
    const result = spawnSync('apt-get', args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}. ${HOW_TO_INSTALL}`);
    }
  }
  if (!hasSklearn()) throw new Error(`apt-get installed python3-sklearn, but python3 cannot import it. ${HOW_TO_INSTALL}`);
  return PYTHON;
}
