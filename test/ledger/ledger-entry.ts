import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Scenario } from '../../src/engine/scenario.js';
import { runOutcomes } from '../../src/engine/run.js';
import { startRun } from '../../src/engine/run-state.js';
import { playTurn } from '../../src/engine/turn.js';
import { loadScenario, parseScenarioText } from '../../src/scenarios/load.js';

/** One causal claim of the ledger (test/ledger/ledger.yaml); see the file's header. */
export interface LedgerEntry {
  readonly id: string;
  readonly claim: string;
  readonly article: string;
  readonly quote: string;
  readonly mechanism: string;
  readonly scenario: string;
  readonly context?: {
    readonly initial?: Record<string, number>;
    readonly weights?: Record<string, Record<string, number>>;
  };
  readonly circumstance: {
    readonly quantity?: string;
    readonly weight?: string;
    readonly low: number;
    readonly high: number;
    readonly range: readonly [number, number];
    readonly integer?: boolean;
  };
  readonly outcome: string;
  readonly direction: 'up' | 'down';
}

export const LEDGER: readonly LedgerEntry[] = (
  parse(readFileSync(new URL('./ledger.yaml', import.meta.url), 'utf8')) as { entries: LedgerEntry[] }
).entries;

/**
 * The entry's scenario at one level of its circumstance, written as a variation of the
 * built-in scenario (`extends:`), so the ledger also exercises what an analyst writes.
 */
export function variation(entry: LedgerEntry, level: number, weights: Record<string, Record<string, number>> = {}): Scenario {
  const initial: Record<string, number> = { ...(entry.context?.initial ?? {}) };
  const reweigh: Record<string, Record<string, number>> = {};
  for (const source of [entry.context?.weights ?? {}, weights]) {
    for (const [actor, ws] of Object.entries(source)) reweigh[actor] = { ...(reweigh[actor] ?? {}), ...ws };
  }
  const { quantity, weight } = entry.circumstance;
  if (quantity !== undefined) initial[quantity] = level;
  else {
    const [actor, interest] = weight!.split('.') as [string, string];
    reweigh[actor] = { ...(reweigh[actor] ?? {}), [interest]: level };
  }
  const lines = [`extends: ${entry.scenario}`, `id: ledger_${entry.id}`, `initial: ${JSON.stringify(initial)}`];
  if (Object.keys(reweigh).length > 0) {
    const actors = loadScenario(entry.scenario).actors.map((a) => (reweigh[a.id] ? { use: a.id, weights: reweigh[a.id] } : a.id));
    lines.push(`actors: ${JSON.stringify(actors)}`);
  }
  return parseScenarioText(`${lines.join('\n')}\n`, `ledger:${entry.id}`);
}

/** seed → whether the outcome happened: a scenario outcome id, or `actor.action` taken at least once. */
export function outcomeOf(scenario: Scenario, outcome: string): (seed: number) => boolean {
  if (!outcome.includes('.')) {
    const index = scenario.outcomes.findIndex((o) => o.id === outcome);
    if (index < 0) throw new Error(`${scenario.id} has no outcome '${outcome}'`);
    return (seed) => runOutcomes(scenario, seed)[index]!;
  }
  const [actorId, actionId] = outcome.split('.') as [string, string];
  return (seed) => {
    let run = startRun(scenario, seed);
    let taken = false;
    while (run.turn < scenario.settings.horizon) {
      const result = playTurn(scenario, run);
      if (!result.ok) throw new Error(`a turn of ${scenario.id} was refused`);
      const { actor, assessment, chosen } = result.played;
      const a = scenario.actors[actor]!;
      if (chosen >= 0 && a.id === actorId && a.actions[assessment.legal[chosen]!]!.id === actionId) taken = true;
      run = result.run;
    }
    return taken;
  };
}

/** One-sided z for the paired test: a false alarm in fewer than 1 in 2000 comparisons. */
export const Z = 3.29;

/**
 * Paired comparison with common random numbers: the same seeds at the low and the high
 * level. Returns the mean paired difference (high − low, as 0/1 outcomes) and its
 * standard error.
 */
export function pairedDifference(low: (seed: number) => boolean, high: (seed: number) => boolean, seeds: readonly number[]): { mean: number; se: number } {
  const d = seeds.map((seed) => Number(high(seed)) - Number(low(seed)));
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  const variance = d.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, d.length - 1);
  return { mean, se: Math.sqrt(variance / d.length) };
}

/** True unless the difference goes against `direction` by more than sampling noise allows. */
export function directionHolds(direction: 'up' | 'down', { mean, se }: { mean: number; se: number }): boolean {
  const signed = direction === 'up' ? mean : -mean;
  return signed >= -Z * se && !(se === 0 && signed < 0);
}
