import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScenario } from '../../src/records/run.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { cliIn } from '../helpers/cli.js';

/**
 * Hostile inputs, made by the tests in a fresh folder: big, special or oddly named files
 * are never committed. Every scenario here cites a real passage, so that what is refused
 * is the hostile part and nothing else.
 */
export const mini = readFileSync(new URL('../scenarios/fixtures/mini.yaml', import.meta.url), 'utf8');

export function hostileFolder(): string {
  return mkdtempSync(join(tmpdir(), 'wargame-hostile-'));
}

const CITE = `{ article: 05-russia-cautious-in-12-day-war-look-east.txt, quote: 'Russia announced its readiness to mediate between Iran, Israel, and the U.S.' }`;

interface ActorShape {
  readonly actions: number;
  readonly outcomes: number;
  readonly interests: number;
  /** The interest terms' expression. */
  readonly term: string;
  readonly weight?: number;
}

/** An actor definition in YAML, of the given size, every action and interest cited. */
function actorYaml(id: string, shape: ActorShape): string {
  const interests = Array.from(
    { length: shape.interests },
    (_, k) => `      - { id: i${k}, label: Interest ${k}, weight: ${shape.weight ?? 1}, expression: '${shape.term}', rationale: A test., citation: ${CITE} }`,
  );
  const outcomes = (k: number): string =>
    shape.outcomes <= 1
      ? ''
      : `\n        outcomes:\n` +
        Array.from({ length: shape.outcomes }, (_, j) =>
          `          - { id: o${j}, label: Outcome ${j}, probability: ${j === shape.outcomes - 1 ? 'rest' : (1 / shape.outcomes).toFixed(4)}, effects: { escalation: 'min(10, escalation + ${(j + k) % 3})' } }`,
        ).join('\n');
  const actions = Array.from(
    { length: shape.actions },
    (_, k) => `      - id: a${k}\n        label: Action ${k}\n        effects: { hormuz_flow: 'max(0, hormuz_flow - 0.0${k % 10})' }\n        citation: ${CITE}${outcomes(k)}`,
  );
  return `  - id: ${id}\n    name: Actor ${id}\n    summary: A test actor.\n    interests:\n${interests.join('\n')}\n    actions:\n${actions.join('\n')}\n`;
}

/** mini.yaml with two defined actors of the given shape in place of the built-in ones. */
export function scenarioWithActors(shape: ActorShape, settings: { lookahead: number; horizon: number; extra?: string }): string {
  return (
    mini
      .replace('actors: [china, iran]', `actors: [first, second]\nactor_definitions:\n${actorYaml('first', shape)}${actorYaml('second', shape)}`)
      .replace('horizon: 4', `horizon: ${settings.horizon}`)
      .replace('lookahead: 1', `lookahead: ${settings.lookahead}`) + (settings.extra ?? '')
  );
}

/** The audit's case: both caps on paths reached, heavy interests at every leaf. */
export function heavySearchScenario(): string {
  const term = Array.from({ length: 10 }, (_, k) => `${k % 2 ? '-' : ''}escalation / ${k + 2} + hormuz_flow * ${k + 1}`).join(' + ');
  return scenarioWithActors({ actions: 20, outcomes: 5, interests: 24, term }, { lookahead: 2, horizon: 50 });
}

/** An interest term that is astronomically large: weighted and summed, it overflows. */
export function overflowScenario(when: 'at-start' | 'after-trigger'): string {
  const initial = when === 'at-start' ? '1e300' : '0';
  const quantity = `quantities:\n  - { id: hoard, label: Hoard, unit: units, min: 0, max: 1e300, initial: ${initial}, meaning: A test quantity., source: A test. }\n`;
  const text = scenarioWithActors({ actions: 2, outcomes: 1, interests: 1, term: 'hoard', weight: 100 }, { lookahead: 1, horizon: 4 }).replace(
    'trigger:',
    `${quantity}trigger:`,
  );
  return when === 'at-start' ? text : text.replace('hormuz_threat: 1', 'hormuz_threat: 1\n    hoard: 1e300');
}

let recorded: string | undefined;

/** A fresh copy of a real record of a built-in scenario, as `wargame run --json` writes it. */
export function realRecord(): Record<string, unknown> {
  recorded ??= JSON.stringify(runScenario(loadScenario('s400'), { seed: 3 }));
  return JSON.parse(recorded) as Record<string, unknown>;
}

/**
 * A record of the biggest shape a scenario file can give (turns × options of terms, a
 * state of `quantities` entries), with the same fake turn repeated: big to read, quick to
 * make, refused only when replayed.
 */
export function bigRecordText(turns: number, options = 24, terms = 24, quantities = 300): string {
  const record = realRecord();
  const first = (record.turns as Record<string, unknown>[])[0]!;
  const term = { interest: 'a_fairly_long_interest_id', value: 0.123456789012345, contribution: -1.23456789012345 };
  const option = { action: 'some_action_id_here', expectedUtility: 1.2345678901234, probability: 0.0123456789012, terms: Array(terms).fill(term) };
  const state = Object.fromEntries(Array.from({ length: quantities }, (_, i) => [`quantity_number_${i}`, i * 1.2345678901]));
  const turn = { ...first, options: Array(options).fill(option), state };
  return JSON.stringify({ ...record, turns: Array.from({ length: turns }, (_, i) => ({ ...turn, turn: i + 1 })) });
}

export function makeFifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

/** A file that claims `bytes` bytes without taking them on disk. */
export function sparseFile(path: string, bytes: number): string {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

export function write(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

let hormuzParts: Promise<string> | undefined;

/**
 * Puts in `dir` the two partial results of `wargame batch hormuz --runs 100 --workers 1
 * --shard k/2 --out part-k.json` (k = 0, 1). They are made once per worker and copied, so
 * every folder has its own to edit.
 */
export async function copyHormuzParts(dir: string): Promise<void> {
  hormuzParts ??= (async () => {
    const made = hostileFolder();
    for (const k of [0, 1]) {
      const run = await cliIn(made, 'batch', 'hormuz', '--runs', '100', '--workers', '1', '--shard', `${k}/2`, '--out', `part-${k}.json`);
      if (run.code !== 0) throw new Error(`batch --shard ${k}/2 exited ${run.code}: ${run.err}`);
    }
    return made;
  })();
  const made = await hormuzParts;
  for (const k of [0, 1]) copyFileSync(join(made, `part-${k}.json`), join(dir, `part-${k}.json`));
}
