import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/batch/batch-summary.js';
import type { RunRecord } from '../../src/records/run-record.js';
import { cli } from '../helpers/cli.js';

const MINI = 'test/scenarios/fixtures/mini.yaml';

describe('--set PATH=VALUE', () => {
  it('is recorded in a run record, and changes what the run does', async () => {
    const plain = JSON.parse((await cli('run', 's400', '--seed', '4', '--json')).out) as RunRecord;
    const set = await cli('run', 's400', '--seed', '4', '--json', '--set', 'horizon=3', '--set', 'iran.rationality=0');
    expect(set.code).toBe(0);
    const record = JSON.parse(set.out) as RunRecord;
    expect(plain).not.toHaveProperty('overrides');
    expect(record.overrides).toEqual({ horizon: 3, 'iran.rationality': 0 });
    expect(record.turns).toHaveLength(3);
    expect(record.scenario.hash).not.toBe(plain.scenario.hash);
  });

  it('is named in the printed log and batch summary', async () => {
    expect((await cli('run', 's400', '--set', 'horizon=2')).out.split('\n')[2]).toBe('under --set horizon=2');
    const batch = await cli('batch', MINI, '--runs', '20', '--set', 'china.rationality=1');
    expect(batch.out.split('\n')[2]).toBe('under --set china.rationality=1');
  });

  it('is recorded in a batch summary', async () => {
    const { out } = await cli('batch', MINI, '--runs', '20', '--json', '--set', 'initial.hormuz_flow=0.2');
    expect((JSON.parse(out) as BatchSummary).overrides).toEqual({ 'initial.hormuz_flow': 0.2 });
  });

  it('refuses a wrong path with the nearest one and exit status 2', async () => {
    const { code, out, err } = await cli('run', 's400', '--set', 'iran.ratonality=2');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^error: --set iran.ratonality: Iran has no interest 'ratonality' \(did you mean 'iran.rationality'\?\); its keys are iran.rationality, /);
    expect(err.split('\n')).toHaveLength(2);
  });

  it('refuses a value out of range, and text that is not PATH=VALUE, with exit status 2', async () => {
    expect(await cli('batch', 's400', '--set', 'decision.lookahead=7')).toMatchObject({ code: 2, err: 'error: --set decision.lookahead=7: decision.lookahead (replies a decision anticipates) must be from 0 to 3\n' });
    expect(await cli('play', 's400', '--set', 'horizon')).toMatchObject({ code: 2, err: 'error: --set horizon: expected PATH=VALUE, e.g. iran.rationality=2\n' });
  });

  it('is taken from a saved record when it is replayed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wargame-set-')), 'run.json');
    writeFileSync(file, (await cli('run', 's400', '--seed', '5', '--json', '--set', 'russia.ukraine_war=1')).out);
    const replayed = await cli('replay', file);
    expect(replayed.code).toBe(0);
    expect(replayed.out).toBe((await cli('run', 's400', '--seed', '5', '--set', 'russia.ukraine_war=1')).out);
  });
});

describe('--set initial.<quantity> on a quantity nothing reads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wargame-inert-'));
  const file = join(dir, 'inert.yaml');
  writeFileSync(
    file,
    'id: inert_s400\nextends: s400\nquantities:\n  - { id: morale, label: Morale, unit: index 0–100, min: 0, max: 100, initial: 50, meaning: Nothing reads it., source: A test. }\n',
  );

  it.each([['run', '--seed', '1'], ['batch', '--runs', '5', '--workers', '1']])('is run by %s, with a warning that it changes nothing', async (command, ...rest) => {
    const result = await cli(command!, file, ...rest, '--set', 'initial.morale=3');
    expect(result.code).toBe(0);
    expect(result.err).toContain("warning: --set initial.morale changes nothing: no interest, precondition, probability or outcome of 'inert_s400' reads it");
  });

  it('warns about nothing when the quantity set is read', async () => {
    const result = await cli('run', file, '--seed', '1', '--set', 'initial.oil_price=90');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
  });
});

describe('wargame batch', () => {
  it('runs 1000 runs when --runs is not given', async () => {
    const { out } = await cli('batch', MINI, '--json');
    expect((JSON.parse(out) as BatchSummary).runs).toBe(1000);
  });
});
