import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/run-command.js';

/** The arguments a real POSIX shell passes to `wargame` for a printed command line. */
function argumentsOf(command: string): string[] {
  const out = execFileSync('sh', ['-c', `wargame() { for a in "$@"; do printf '%s\\0' "$a"; done; }; ${command}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('runCommand', () => {
  it('is `wargame run`, the seed, then each override, for a built-in scenario', () => {
    expect(runCommand('s400', 7, { 'initial.russia_military_load': 0, 'usa.avoid_war': 2.5 })).toBe(
      'wargame run s400 --seed 7 --set initial.russia_military_load=0 --set usa.avoid_war=2.5',
    );
  });

  it('leaves the seed out when there is none to give', () => {
    expect(runCommand('hormuz')).toBe('wargame run hormuz');
  });

  it("quotes a scenario file's path, so the shell passes it whole", () => {
    const command = runCommand("/tmp/class runs/O'Neil's hormuz.yaml", 3, { horizon: 10 });
    expect(argumentsOf(command)).toEqual(['run', "/tmp/class runs/O'Neil's hormuz.yaml", '--seed', '3', '--set', 'horizon=10']);
  });
});
