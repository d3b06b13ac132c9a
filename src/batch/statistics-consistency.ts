import type { Scenario } from '../engine/scenario.js';
import type { StatisticsJson } from './statistics-json.js';

/** Final values are summed on a grid of 1e-6 (as in BatchStatistics). */
const SCALE = 1e6;

/**
 * Checks that statistics read from a file (a shard's partial result) could have been
 * counted by a batch of `scenario`: no outcome held in more runs than were played, no
 * first turn past the horizon, every sum within what `runs` values in the quantity's range
 * can add up to, the squares consistent with the sums, and each quantity's bins holding
 * exactly the runs with their least and greatest values in its range. A part edited by
 * hand would otherwise merge into a summary of 2500% shares and infinite means. Throws a
 * RangeError naming the first field that cannot be right.
 */
export function checkStatistics(scenario: Scenario, json: StatisticsJson): void {
  const { runs } = json;
  const fail = (field: string, what: string): never => {
    throw new RangeError(`statistics.${field}: ${what}, which no batch of ${runs} runs of '${scenario.id}' counts; was the file edited?`);
  };
  const { horizon } = scenario.settings;
  json.counts.forEach((count, i) => {
    if (count > runs) fail(`counts[${i}]`, `${count} runs where ${scenario.outcomes[i]!.id} held`);
    const turns = json.firstTurnSums[i]!;
    if (turns > count * horizon) fail(`firstTurnSums[${i}]`, `${turns}, more than ${count} runs × ${horizon} turns`);
    const byTurn = json.firstTurns?.[i];
    if (byTurn === undefined) return;
    let runsByTurn = 0;
    let turnSum = 0;
    let previous = -1;
    for (const [turn, held] of byTurn) {
      if (!Number.isSafeInteger(turn) || turn <= previous || turn > horizon) fail(`firstTurns[${i}]`, `turn ${turn} out of order or past the horizon ${horizon}`);
      previous = turn;
      runsByTurn += held;
      turnSum += turn * held;
    }
    if (runsByTurn !== count || turnSum !== turns) {
      fail(`firstTurns[${i}]`, `${runsByTurn} runs by first turn (turns summing to ${turnSum}) for ${count} runs where ${scenario.outcomes[i]!.id} held (summing to ${turns})`);
    }
  });
  const N = BigInt(runs);
  scenario.quantities.forEach((q, i) => {
    const sum = BigInt(json.sums[i]!);
    const squares = BigInt(json.squares[i]!);
    const low = BigInt(Math.floor(q.min * SCALE)) * N;
    const high = BigInt(Math.ceil(q.max * SCALE)) * N;
    if (sum < low || sum > high) fail(`sums[${i}]`, `a sum of ${shortNumber(json.sums[i]!)} for ${q.id}, outside ${runs} values from ${q.min} to ${q.max}`);
    const largest = BigInt(Math.ceil(Math.max(Math.abs(q.min), Math.abs(q.max)) * SCALE));
    // Cauchy–Schwarz: (Σx)² ≤ n·Σx², and no square exceeds the largest value's.
    if (sum * sum > N * squares || squares > N * largest * largest) {
      fail(`squares[${i}]`, `a sum of squares of ${shortNumber(json.squares[i]!)} for ${q.id}, which does not fit its sum`);
    }
    let binned = 0;
    for (const [b, count, least, greatest] of json.bins[i]!) {
      if (!(Number.isFinite(least) && Number.isFinite(greatest) && q.min <= least && least <= greatest && greatest <= q.max)) {
        fail(`bins[${i}]`, `bin ${b} of ${q.id} spans ${least} to ${greatest}, outside its range ${q.min} to ${q.max}`);
      }
      binned += count;
    }
    if (binned !== runs) fail(`bins[${i}]`, `the bins of ${q.id} hold ${binned} runs, not ${runs}`);
  });
}

/** A number of thousands of digits, shown by its first digits and length. */
function shortNumber(digits: string): string {
  return digits.length <= 30 ? digits : `${digits.slice(0, 12)}… (${digits.replace('-', '').length} digits)`;
}
