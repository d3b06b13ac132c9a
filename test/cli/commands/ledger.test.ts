import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wargame-ledger-'));

/** A ledger of one claim on s400: the Ukraine load, measured the way `direction` says. */
function ledgerFile(name: string, direction: 'up' | 'down', outcome = 'russia_arms_iran'): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    [
      'claims:',
      '  - id: my_claim',
      '    claim: Russia delivers less the heavier its war.',
      '    article: 01-vulnerable-in-eastern-iran.txt',
      '    quote: Russia’s wartime status in Ukraine has limited Moscow’s military resources',
      '    mechanism: The convex war term.',
      '    scenario: s400',
      '    circumstance: {quantity: russia_military_load, range: [0, 100]}',
      `    outcome: ${outcome}`,
      `    direction: ${direction}`,
      '',
    ].join('\n'),
  );
  return file;
}

describe('wargame ledger', () => {
  it('prints each claim with its passage, the shares at five levels of its cause and its verdict', async () => {
    const { code, out } = await cli('ledger', '--only', 'ukraine_capacity', '--runs', '300');
    expect(code).toBe(0);
    expect(out).toContain('✓ ukraine_capacity:');
    expect(out).toContain('“Russia’s wartime status in Ukraine');
    expect(out).toContain('s400 · initial.russia_military_load 0 → 100 · russia_arms_iran ↓');
    expect(out.match(/\d+: [\d.]+%/g)).toHaveLength(5);
    expect(out).toContain('1 of 1 claims hold (300 runs a level, seeds 1–300');
  });

  it('--json gives every figure, the same for the same seed', async () => {
    // Few runs: what is asserted is the shape and the sameness, not the verdict.
    const first = await cli('ledger', '--only', 'harms_china', '--runs', '20', '--seed', '5', '--json');
    const again = await cli('ledger', '--only', 'harms_china', '--runs', '20', '--seed', '5', '--json');
    expect(first.out).toBe(again.out);
    const parsed = JSON.parse(first.out) as { engine: string; claims: { levels: { level: number; share: number }[]; verdict: string; path: string }[] };
    expect(parsed.claims[0]!.path).toBe('initial.china_hormuz_share');
    expect(parsed.claims[0]!.levels.map((l) => l.level)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(['holds', 'weak', 'reversed']).toContain(parsed.claims[0]!.verdict);
  });

  it('--markdown --out writes the table to a file and nothing to standard output', async () => {
    const file = join(dir, 'ledger.md');
    const { code, out } = await cli('ledger', '--only', 'ukraine_capacity', '--runs', '10', '--markdown', '--out', file);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(/^\| claim \| the articles say \|/);
  });

  it('runs a ledger of your own; --strict exits 1 when a claim does not hold', async () => {
    const wrong = ledgerFile('wrong.yaml', 'up');
    const lenient = await cli('ledger', '--file', wrong, '--runs', '300');
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain('✗ my_claim');
    expect(lenient.out).toContain('REVERSED');
    const strict = await cli('ledger', '--file', wrong, '--runs', '300', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('1 claims do not hold: my_claim');
    const right = await cli('ledger', '--file', ledgerFile('right.yaml', 'down'), '--runs', '300', '--strict');
    expect(right.code).toBe(0);
  });

  it('refuses, before any run, an --out that is its own ledger file or the ledger that ships', async () => {
    const own = ledgerFile('own.yaml', 'down');
    const before = readFileSync(own, 'utf8');
    const result = await cli('ledger', '--file', own, '--runs', '10', '--out', own);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`error: --out ${own}: that is also an input (${own}), which writing there would destroy; name another file\n`);
    expect(readFileSync(own, 'utf8')).toBe(before);
    // Kept and put back whatever happens, so that a regression cannot cost the checkout its ledger.
    // The built-in scenario a claim names is its file in the package, as much an input.
    for (const shipped of ['../../../src/ledger/ledger.yaml', '../../../src/scenarios/s400.yaml'].map((path) => fileURLToPath(new URL(path, import.meta.url)))) {
      const kept = readFileSync(shipped, 'utf8');
      try {
        const again = await cli('ledger', '--only', 'ukraine_capacity', '--runs', '10', '--out', shipped);
        expect(again.code).toBe(2);
        expect(again.err).toContain('that is also an input');
        expect(readFileSync(shipped, 'utf8')).toBe(kept);
      } finally {
        if (readFileSync(shipped, 'utf8') !== kept) writeFileSync(shipped, kept);
      }
    }
  });

  it('a malformed ledger is refused with its file, line and column, and nothing written', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'claims:\n  - id: x\n    direction: sideways\n');
    const out = join(dir, 'never.txt');
    const { code, err } = await cli('ledger', '--file', file, '--out', out);
    expect(code).toBe(65);
    expect(err).toMatch(/broken\.yaml:\d+:\d+: /);
    expect(err).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('an outcome the scenario does not have is named where it is written, with a suggestion', async () => {
    const file = ledgerFile('typo.yaml', 'down', 'russia_arms_irn');
    const { code, err } = await cli('ledger', '--file', file, '--runs', '10');
    expect(code).toBe(65);
    expect(err).toContain(`${file}:9:14: claim my_claim: 's400' has no outcome 'russia_arms_irn' (did you mean 'russia_arms_iran'?)`);
  });

  it('checks what every claim names before any run, each problem at its line and column', async () => {
    const file = join(dir, 'faults.yaml');
    const claim = (id: string, fields: Record<string, string>): string[] => {
      const all: Record<string, string> = {
        article: '01-vulnerable-in-eastern-iran.txt',
        quote: 'Russia’s wartime status in Ukraine has limited Moscow’s military resources',
        scenario: 's400',
        circumstance: '{quantity: russia_military_load, range: [0, 100]}',
        outcome: 'russia_arms_iran',
        ...fields,
      };
      return [`  - id: ${id}`, '    claim: A claim.', `    article: ${all['article']}`, `    quote: ${all['quote']}`, '    mechanism: A term.', `    scenario: ${all['scenario']}`, `    circumstance: ${all['circumstance']}`, `    outcome: ${all['outcome']}`, '    direction: down'];
    };
    const withContext = [...claim('bad_context', {}), '    context: {initial: {russia_militry_load: 10}, why: A test.}'];
    writeFileSync(
      file,
      ['claims:', ...claim('no_scenario', { scenario: 's4000' }), ...claim('no_quantity', { circumstance: '{quantity: russia_militry_load, range: [0, 100]}' }), ...claim('no_action', { outcome: 'russia.fly' }), ...claim('no_article', { article: '99-nope.txt' }), ...claim('no_quote', { quote: 'Russia will fight to the last Iranian.' }), ...withContext, ''].join('\n'),
    );
    const out = join(dir, 'faults.txt');
    const { code, err } = await cli('ledger', '--file', file, '--runs', '10', '--out', out);
    expect(code).toBe(65);
    const lines = err.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(new RegExp(`^${file}:7:15: claim no_scenario: no built-in scenario 's4000' \\(did you mean 's400'\\?\\)`));
    expect(lines[1]).toMatch(new RegExp(`^${file}:17:19: claim no_quantity: .*russia_militry_load.*russia_military_load`));
    expect(lines[2]).toMatch(new RegExp(`^${file}:27:14: claim no_action: Russia has no action 'fly'`));
    expect(lines[3]).toMatch(new RegExp(`^${file}:31:14: claim no_article: unknown article '99-nope.txt'`));
    expect(lines[4]).toBe(`${file}:41:12: claim no_quote: this quote does not appear verbatim in 01-vulnerable-in-eastern-iran.txt`);
    // A context's fault is the context's, not the circumstance's.
    expect(lines[5]).toMatch(new RegExp(`^${file}:56:14: claim bad_context: .*russia_militry_load`));
    expect(err).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown --only and --json with --markdown (exit 2)', async () => {
    expect((await cli('ledger', '--only', 'nope', '--runs', '10')).code).toBe(2);
    expect((await cli('ledger', '--json', '--markdown', '--runs', '10')).code).toBe(2);
  });
});
