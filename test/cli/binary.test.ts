import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, wargame } from '../helpers/cli.js';

// These drive the built binary in child processes, as a user's shell does: what matters
// here is exit status, stderr and bytes across separate processes.
let dir: string;
const mini = readFileSync(new URL('../scenarios/fixtures/mini.yaml', import.meta.url), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wargame-cli-'));
  writeFileSync(join(dir, 'hostile.yaml'), mini.replace('hormuz_threat: 1', `hormuz_threat: 'import({x: 1}, {override: true})'`));
  writeFileSync(join(dir, 'broken.yaml'), mini.replace('horizon: 4', 'horizon: [4'));
  writeFileSync(join(dir, 'typo.yaml'), mini.replace('hormuz_flow < 0.5', 'hormuz_flw < 0.5'));
});

describe('the wargame binary', () => {
  it('gives byte-identical JSON for the same seed in separate processes', () => {
    const a = wargame(['run', 'hormuz', '--seed', '7', '--json']);
    const b = wargame(['run', 'hormuz', '--seed', '7', '--json']);
    expect(a.code).toBe(0);
    expect(a.out.length).toBeGreaterThan(1000);
    expect(a.out).toBe(b.out);
  });

  it.each([
    ['hostile.yaml', /^hostile\.yaml:16:20: the function 'import' is not allowed/],
    ['broken.yaml', /^broken\.yaml:\d+:\d+: YAML: /],
    ['typo.yaml', /^typo\.yaml:20:11: unknown quantity 'hormuz_flw' \(did you mean 'hormuz_flow'\?\)$/],
  ])('reports %s at file:line:column, exits 65, prints no stack trace', (file, message) => {
    for (const command of [['validate', file], ['run', file]]) {
      const { code, out, err } = wargame(command, { cwd: dir });
      expect(code).toBe(65);
      expect(out).toBe('');
      expect(err.trim()).toMatch(message);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 66 for a missing file and 2 for a usage error, without a stack trace', () => {
    const missing = wargame(['run', 'no-such.yaml']);
    expect(missing.code).toBe(66);
    expect(missing.err).not.toMatch(/\n\s+at /);
    const usage = wargame(['run']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("missing required argument 'scenario'");
  });
});

describe('a reader that closes the pipe early', () => {
  it.each([['run', 'hormuz', '--json'], ['actors']])('gets no stack trace from `wargame %s …`', (...args) => {
    // `true` exits without reading, so every write after the first finds the pipe closed.
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args.join(' ')} | true; echo "status $\{PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('status 0\n');
  });
});

// An interrupted batch (Ctrl-C, exit 130) is test/cli/batch-command.test.ts's.
