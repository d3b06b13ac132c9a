import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/records/run.js';
import { ENGINE_VERSION } from '../../src/engine/version.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { cli } from '../helpers/cli.js';
import { visibleText } from '../report/class-runs.js';

const hormuz = loadScenario('hormuz');

/** A teacher's archive: a record saved by engine 0.1.0, whose scenario has changed since. */
function archive() {
  const folder = mkdtempSync(join(tmpdir(), 'wargame-older-'));
  const current = runScenario(hormuz, { seed: 3 });
  const older = { ...current, engineVersion: '0.1.0', scenario: { ...current.scenario, hash: `sha256:${'0'.repeat(64)}` } };
  const file = join(folder, 'older.json');
  writeFileSync(file, JSON.stringify(older));
  const now = join(folder, 'now.json');
  writeFileSync(now, JSON.stringify(current));
  return { file, now, older };
}

describe('a record made by an older engine', () => {
  it('replays as its printed log, marked as not re-checked, rather than refused with exit 65', async () => {
    expect(ENGINE_VERSION).not.toBe('0.1.0');
    const { file, older } = archive();
    const { code, out } = await cli('replay', file);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(`${file}: shown as recorded, not re-checked by this engine (made by engine 0.1.0; this is engine ${ENGINE_VERSION}, which does not re-check it)`);
    expect(out).toContain('engine 0.1.0');
    expect(out).toContain(`Turn 14  `);
    expect(out.match(/^Turn \d+ /gm)).toHaveLength(older.turns.length);
  });

  it('is reported alone or in a class beside runs of this engine, named as not re-checked', async () => {
    const { file, now } = archive();
    const alone = await cli('report', file);
    expect(alone.code).toBe(0);
    expect(visibleText(alone.out)).toContain('not re-checked by this engine');
    expect(alone.err).toContain('not re-checked by this engine');
    const together = await cli('report', file, now, '--runs', '20');
    expect(together.code).toBe(0);
    expect(visibleText(together.out)).toMatch(/older \(not re-checked by this engine\)/);
  });

  it('is still refused when it claims this engine and does not replay: that record was altered', async () => {
    const { now } = archive();
    const altered = now.replace('now.json', 'altered.json');
    const record = runScenario(hormuz, { seed: 3 });
    writeFileSync(altered, JSON.stringify({ ...record, turns: record.turns.map((t, i) => (i === 2 ? { ...t, events: ['made_up'] } : t)) }));
    expect((await cli('replay', altered)).code).toBe(65);
  });
});
