import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, cliIn } from '../helpers/cli.js';

const MINI = fileURLToPath(new URL('../scenarios/fixtures/mini.yaml', import.meta.url));
const RARE_FAULT = fileURLToPath(new URL('../scenarios/fixtures/rare-fault.yaml', import.meta.url));

describe('wargame list', () => {
  it('shows the scenarios and the seven actors', async () => {
    const { code, out } = await cli('list');
    expect(code).toBe(0);
    for (const text of ['hormuz', 's400', 'Iran', 'Russia', 'China', 'North Korea', 'Israel', 'United States', 'Gulf states']) {
      expect(out).toContain(text);
    }
  });

  it('prints JSON with --json', async () => {
    const { out } = await cli('list', '--json');
    const parsed = JSON.parse(out) as { scenarios: { id: string }[]; actors: { id: string }[] };
    expect(parsed.scenarios.map((s) => s.id)).toEqual(expect.arrayContaining(['hormuz', 's400']));
    expect(parsed.actors).toHaveLength(7);
  });
});

describe('wargame actors', () => {
  it("lists every interest with weight, expression, article and quote", async () => {
    const { code, out } = await cli('actors', '--json');
    expect(code).toBe(0);
    const actors = JSON.parse(out) as { interests: { weight: number; expression: string; citation: { article: string; quote: string } }[] }[];
    expect(actors).toHaveLength(7);
    for (const interest of actors.flatMap((a) => a.interests)) {
      expect(typeof interest.weight).toBe('number');
      expect(interest.expression).toBeTruthy();
      expect(interest.citation.article).toMatch(/^0[1-5]-.*\.txt$/);
      expect(interest.citation.quote.length).toBeGreaterThan(11);
    }
  });

  it('shows the passages in text form', async () => {
    const { out } = await cli('actors');
    expect(out).toContain('5 × The Ukraine war (russia.ukraine_war): -((russia_military_load + west_arms_to_ukraine) / 100)^2');
    expect(out).toContain('--set russia.rationality=λ');
    expect(out).toContain('05-russia-cautious-in-12-day-war-look-east.txt: “Russia’s absolute priority on the Ukraine war”');
  });
});

describe('wargame run', () => {
  it('prints a readable log with each choice and its reasons', async () => {
    const { code, out } = await cli('run', 'hormuz', '--seed', '7');
    expect(code).toBe(0);
    expect(out).toMatch(/^Iran threatens to close the Strait of Hormuz\nhormuz · seed 7 · 14 turns/);
    expect(out).toContain('Turn 1  China → ');
    expect(out).toMatch(/^ {2}chose {5}“[A-Z][^”]+” \(\d+%\) over “[A-Z][^”]+” \d+%/m);
    expect(out).toMatch(/ {2}because {3}it beats “[^”]+” by \d+\.\d\d: /);
    expect(out).toMatch(/ {2}drawn {5}at random by the model's odds, though “[^”]+” scored \d+\.\d\d points higher: /);
    expect(out).toContain('Outcomes');
    expect(out).toContain('Turn 14');
  });

  it('prints the same JSON record every time for the same seed', async () => {
    const a = await cli('run', 'hormuz', '--seed', '7', '--json');
    const b = await cli('run', 'hormuz', '--seed', '7', '--json');
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out)).toMatchObject({ format: 'wargame-run/1', seed: 7, scenario: { id: 'hormuz' } });
  });

  it('runs a scenario file given by path', async () => {
    const { code, out } = await cli('run', MINI, '--seed', '2', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).scenario.id).toBe('mini');
  });

  it('defaults to seed 1 and says so', async () => {
    expect((await cli('run', 's400')).out).toContain('s400 · seed 1 ·');
  });
});

describe('wargame batch', () => {
  it('counts and shares each named outcome', async () => {
    const { code, out } = await cli('batch', 's400', '--runs', '40', '--seed', '5', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(out) as { runs: number; outcomes: { id: string; count: number; share: number }[] };
    expect(summary.runs).toBe(40);
    const delivered = summary.outcomes.find((o) => o.id === 'russia_arms_iran')!;
    expect(delivered.share).toBe(delivered.count / 40);
  });

  it('summarises the runs before one that fails, and says how to see that run on its own', async () => {
    const { code, out, err } = await cli('batch', RARE_FAULT, '--runs', '100', '--seed', '1', '--json');
    expect(code).toBe(65);
    const fault = new RegExp(
      `^${RARE_FAULT}:22:27: 'oil_price \\+ sqrt\\(-hormuz_flow\\)' evaluated to NaN \\(turn (\\d) of batch run (\\d+), seed (\\d+)\\)\n` +
        `to see that run on its own: wargame run ${RARE_FAULT} --seed (\\d+)\n$`,
    );
    expect(err).toMatch(fault);
    const [, turn, run, seed, replaySeed] = fault.exec(err)!;
    expect(replaySeed).toBe(seed);
    const summary = JSON.parse(out) as { runs: number; requested: number };
    expect(summary).toMatchObject({ runs: Number(run) - 1, requested: 100 });
    const alone = await cli('run', RARE_FAULT, '--seed', seed!);
    expect(alone.code).toBe(65);
    expect(alone.err).toContain(`(turn ${turn} of the run with seed ${seed})`);
    expect(alone.out).toContain(Number(turn) === 1 ? 'Stopped during the first turn' : `Stopped after turn ${Number(turn) - 1}: see the error below.`);
    if (Number(turn) > 1) expect(alone.out).toContain(`Turn ${Number(turn) - 1} `);
  });

  it('prints a table with intervals', async () => {
    const { out } = await cli('batch', 'hormuz', '--runs', '20');
    expect(out).toMatch(/strait_closed\s+\d+\s+\d+\.\d%\s+\d+\.\d%–\d+\.\d%/);
  });
});

describe('wargame validate', () => {
  it('accepts a valid file', async () => {
    const { code, out } = await cli('validate', MINI);
    expect(code).toBe(0);
    expect(out).toContain("valid — 'mini', 2 actors");
    expect(out).toContain('trial runs with seeds 1–10 complete');
  });

  it('refuses a file whose expressions fail at a state a run reaches, at their place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-trial-'));
    const file = join(dir, 'nan.yaml');
    writeFileSync(file, readFileSync(MINI, 'utf8').replace('hormuz_threat: 1', "hormuz_threat: 'sqrt(-1 - hormuz_flow)'"));
    const { code, out, err } = await cli('validate', file);
    expect(code).toBe(65);
    expect(out).toBe('');
    expect(err).toBe(`${file}:16:20: 'sqrt(-1 - hormuz_flow)' evaluated to NaN (at the trigger of the run with seed 1)\n`);
  });
});

describe('error messages', () => {
  it('show control characters from a file as escapes, so a file cannot drive the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-escape-'));
    const file = join(dir, 'escape.yaml');
    writeFileSync(file, readFileSync(MINI, 'utf8').replace('horizon: 4', 'horizon: "\u001b]52;c;cHduZWQ=\u0007"'));
    const { code, err } = await cli('validate', file);
    expect(code).toBe(65);
    expect(err).toBe(`${file}:8:10: expected a number, found the text '\\x1b]52;c;cHduZWQ=\\x07'\n`);
  });


  it('begin with file:line:column when a scenario misbehaves during a run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-nan-'));
    const file = join(dir, 'nan.yaml');
    writeFileSync(file, readFileSync(MINI, 'utf8').replace('hormuz_threat: 1', "hormuz_threat: 'sqrt(-1 - hormuz_flow)'"));
    const { code, err } = await cli('run', file);
    expect(code).toBe(65);
    expect(err).toBe(`${file}:16:20: 'sqrt(-1 - hormuz_flow)' evaluated to NaN (at the trigger of the run with seed 1)\n`);
  });
});

describe('help', () => {
  it.each(['batch', 'sweep', 'sensitivity', 'run', 'report', 'ledger'])('of %s gives each option one default, in words where the number depends on the machine', async (command) => {
    const { out } = await cli(command, '--help');
    const text = out.replace(/\s+/g, ' ');
    expect(text).not.toMatch(/\(default[^)]*\) \(default/);
    if (text.includes('--workers')) expect(text).toMatch(/--workers <n> [^-]*\(default: one per core\)/);
  });
});

describe('exit codes', () => {
  it('0 for --version and --help', async () => {
    expect((await cli('--version')).code).toBe(0);
    expect((await cli('--help')).code).toBe(0);
  });

  it('2 for an unknown command, a bad option value or a missing argument', async () => {
    expect((await cli('fly')).code).toBe(2);
    const badSeed = await cli('run', 'hormuz', '--seed', 'seven');
    expect(badSeed.code).toBe(2);
    expect(badSeed.err).toContain('the seed must be a whole number');
    expect((await cli('batch')).code).toBe(2);
    expect((await cli('batch', 'hormuz', '--runs', '0')).code).toBe(2);
  });

  it('66 for a missing input file', async () => {
    const { code, err } = await cli('run', 'nowhere/scenario.yaml');
    expect(code).toBe(66);
    expect(err).toBe('error: cannot read nowhere/scenario.yaml: no such file\n');
  });

  it('2 for a scenario name that is neither built in nor a path, with a suggestion', async () => {
    const { code, err } = await cli('run', 'hormutz');
    expect(code).toBe(2);
    expect(err).toBe(
      "error: no built-in scenario 'hormutz' (did you mean 'hormuz'?); built-in scenarios are beijing, hormuz, s400, strike, uranium; a path to a scenario file works too\n",
    );
  });

  it('2 for a file named as if built in (no / and not .yaml), saying how to name the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wargame-bare-name-'));
    writeFileSync(join(dir, 'scen.md'), 'id: x\n');
    const { code, err } = await cliIn(dir, 'run', 'scen.md');
    expect(code).toBe(2);
    expect(err).toContain('a path to a scenario file works too (a name without a / that does not end in .yaml or .yml is taken for a built-in: write ./scen.md for the file)\n');
  });

  it('2 for no command at all, after printing the help', async () => {
    const { code, err } = await cli();
    expect(code).toBe(2);
    expect(err).toContain('Usage: wargame');
  });
});
