import { describe, expect, it } from 'vitest';
import { runSeed } from '../../src/batch/run-seed.js';
import { turnColumns, turnRowsHeader, writeTurnRows } from '../../src/batch/turn-rows.js';
import { formatRow, rowColumns } from '../../src/batch/run-rows.js';
import { LeanRun } from '../../src/batch/lean-run.js';
import { runScenario } from '../../src/records/run.js';
import { loadScenario } from '../../src/scenarios/load.js';

const hormuz = loadScenario('hormuz');

async function turnText(options: { seed: number; from: number; to: number; format: 'csv' | 'jsonl'; flushRuns?: number }): Promise<string> {
  const parts: Uint8Array[] = [];
  const runs = await writeTurnRows(hormuz, { ...options, onRows: (b) => void parts.push(b) });
  expect(runs).toBe(options.to - options.from);
  return turnRowsHeader(hormuz, options.format) + Buffer.concat(parts).toString('utf8');
}

describe('per-turn rows', () => {
  it('give each turn of a run what its run record says: the mover, its action, the chance outcome, the state after', async () => {
    const text = await turnText({ seed: 3, from: 5, to: 9, format: 'jsonl' });
    const rows = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, string | number | null>);
    for (let index = 5; index < 9; index++) {
      const record = runScenario(hormuz, { seed: runSeed(3, index) });
      const mine = rows.filter((r) => r.run === index);
      expect(mine).toHaveLength(record.turns.length + 1);
      expect(mine[0]).toMatchObject({ turn: 0, seed: record.seed, actor: null, action: null, chance: null, ...record.trigger.state });
      record.turns.forEach((turn, t) => {
        expect(mine[t + 1]).toEqual({ run: index, seed: record.seed, turn: turn.turn, actor: turn.actor, action: turn.choice, chance: turn.chance?.outcome ?? null, ...turn.state });
      });
    }
  });

  it("end each run at the final values the batch's per-run rows give", async () => {
    const text = await turnText({ seed: 1, from: 0, to: 6, format: 'csv' });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(turnColumns(hormuz).join(','));
    const lean = new LeanRun(hormuz);
    const quantityCells = hormuz.quantities.length;
    for (let index = 0; index < 6; index++) {
      const last = lines.filter((l) => l.startsWith(`${index},`)).at(-1)!.split(',');
      const batchRow = formatRow('csv', rowColumns(hormuz), index, lean.play(runSeed(1, index))).trimEnd().split(',');
      expect(last.slice(-quantityCells)).toEqual(batchRow.slice(-quantityCells));
    }
  });

  it('are the same bytes however often they are handed on, and a range of runs is its part of the whole', async () => {
    const whole = await turnText({ seed: 2, from: 0, to: 10, format: 'csv', flushRuns: 200 });
    expect(await turnText({ seed: 2, from: 0, to: 10, format: 'csv', flushRuns: 1 })).toBe(whole);
    const header = turnRowsHeader(hormuz, 'csv');
    const first = await turnText({ seed: 2, from: 0, to: 4, format: 'csv', flushRuns: 3 });
    const rest = await turnText({ seed: 2, from: 4, to: 10, format: 'csv' });
    expect(first + rest.slice(header.length)).toBe(whole);
  });

  it('stop when aborted, keeping whole runs only', async () => {
    const controller = new AbortController();
    const parts: Uint8Array[] = [];
    const runs = await writeTurnRows(hormuz, {
      seed: 1,
      from: 0,
      to: 50,
      format: 'csv',
      flushRuns: 2,
      signal: controller.signal,
      onRows: (b) => {
        parts.push(b);
        controller.abort();
      },
    });
    expect(runs).toBe(2);
    expect(new Set(Buffer.concat(parts).toString().trimEnd().split('\n').map((l) => l.split(',')[0]))).toEqual(new Set(['0', '1']));
  });
});
