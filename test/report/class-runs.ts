import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunRecord } from '../../src/records/run-record.js';
import { runScenario } from '../../src/records/run.js';
import type { Scenario } from '../../src/engine/scenario.js';
import { loadScenario } from '../../src/scenarios/load.js';

export const hormuz: Scenario = loadScenario('hormuz');

/** A run of Hormuz in which a person played Iran on the given turns. */
export function seatedRun(seed: number, choices: Record<number, string>): RunRecord {
  return runScenario(hormuz, { seed, choices: new Map(Object.entries(choices).map(([turn, action]) => [Number(turn), action])) });
}

/**
 * Three groups' saved runs: one closed the strait against the model's advice, one stood
 * down as the model would, one enriched. Written to a fresh folder as group-a.json….
 */
export function classFolder(): { folder: string; files: string[]; records: RunRecord[] } {
  const folder = mkdtempSync(join(tmpdir(), 'wargame-class-'));
  const plans: [string, number, Record<number, string>][] = [
    ['group-a', 2, { 7: 'close_strait' }],
    ['group-b', 6, { 7: 'stand_down', 14: 'keep_pressure' }],
    ['group-c', 9, { 7: 'enrich', 14: 'close_strait' }],
  ];
  const records = plans.map(([, seed, choices]) => seatedRun(seed, choices));
  const files = plans.map(([name], i) => {
    const file = join(folder, `${name}.json`);
    writeFileSync(file, `${JSON.stringify(records[i], null, 2)}\n`);
    return file;
  });
  return { folder, files, records };
}

/** The visible text of an HTML document: tags, styles and SVG left out, entities decoded. */
export function visibleText(document: string): string {
  return document
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
