import { assessTurn } from '../../engine/assess-turn.js';
import { runSeed } from '../../batch/run-seed.js';
import { SeededRandom } from '../../engine/random.js';
import { replayRun } from '../../records/replay.js';
import { ReplayError } from '../../records/replay-error.js';
import { runScenario } from '../../records/run.js';
import { runOutcomes } from '../../batch/run-outcomes.js';
import { outcomesHeld, type RunState, startRun } from '../../engine/run-state.js';
import type { Scenario } from '../../engine/scenario.js';
import { playAssessedTurn, playTurn } from '../../engine/turn.js';
import { parseRunRecord } from '../../records/parse-run-record.js';
import { toRunRecord, toTurnRecord, type TurnRecord } from '../../records/run-record.js';
import { stateText } from '../state-text.js';
import { checkAnticipation } from './anticipation-check.js';
import { checkChances, checkEvents } from './chance-checks.js';
import type { ConformanceReport } from './conformance-report.js';
import { checkDecision } from './decision-checks.js';
import { Findings, type Place } from './findings.js';
import { assessmentSnapshot, runSnapshot, scenarioSnapshot } from './input-snapshot.js';

export interface CheckScenarioOptions {
  /**
   * Random runs to play (default 10): the even-numbered ones decided by the model, the
   * odd-numbered ones with a random legal action chosen at about half the turns, as a
   * person at a seat might.
   */
  readonly runs?: number;
  /** The seed the runs' seeds derive from, `runSeed(seed, i)` (default 1). */
  readonly seed?: number;
  /**
   * Most leaves of one decision's search tree the anticipation check restates without the
   * planner's economies (default 20,000); a bigger decision is skipped and counted.
   */
  readonly anticipationBudget?: number;
}

/**
 * The conformance suite every scenario should pass, in one call: plays `runs` random runs
 * and checks at every turn the invariants of `CONFORMANCE_CHECKS` (legality, determinism,
 * replay, ranges, probabilities, chance, unchanged inputs) and two of the planner
 * (anticipated replies, regret). They hold for any valid scenario whatever its weights,
 * so a failure is a fault in the scenario's expressions or in wargame. Returns what it
 * found; `assertConformance` throws it, `conformanceTests` makes a test of each check.
 * Throws a RangeError for options out of range.
 */
export function checkScenario(scenario: Scenario, options: CheckScenarioOptions = {}): ConformanceReport {
  const runs = option(options.runs, 10, 1, 1e6, 'runs');
  const seed = option(options.seed, 1, 0, Number.MAX_SAFE_INTEGER, 'seed');
  const budget = option(options.anticipationBudget, 20_000, 0, 1e9, 'anticipationBudget');
  const findings = new Findings();
  const { lookahead } = scenario.settings;
  const shorter = lookahead > 0 ? { ...scenario, settings: { ...scenario.settings, lookahead: lookahead - 1 } } : undefined;
  const before = scenarioSnapshot(scenario);
  for (let i = 0; i < runs; i++) {
    const runSeedValue = runSeed(seed, i);
    try {
      checkRun(findings, scenario, shorter, runSeedValue, i % 2 === 1, budget);
    } catch (error) {
      findings.expect('runs-complete', false, { seed: runSeedValue }, () => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
    }
    findings.expect('inputs-unchanged', scenarioSnapshot(scenario) === before, { seed: runSeedValue }, () => `the scenario's numbers changed during the run`);
  }
  return {
    scenario: scenario.id,
    hash: scenario.hash,
    runs,
    seed,
    passed: { ...findings.passed },
    failures: [...findings.failures],
    skipped: findings.skipped,
    ok: findings.failures.length === 0,
  };
}

/** Plays one run turn by turn, checking each turn, then checks the whole run's record. */
function checkRun(findings: Findings, scenario: Scenario, shorter: Scenario | undefined, seed: number, seated: boolean, budget: number): void {
  const start = startRun(scenario, seed);
  checkRanges(findings, scenario, start, { seed, turn: 0 });
  const person = SeededRandom.fromSeed(runSeed(seed, 1));
  const choices = new Map<number, string>();
  const turns: TurnRecord[] = [];
  let run = start;
  while (run.turn < scenario.settings.horizon) {
    const turn = run.turn + 1;
    const place: Place = { seed, turn, state: () => stateText(scenario, run.values) };
    const snapshot = runSnapshot(run);
    const assessment = assessTurn(scenario, run)!;
    const actor = scenario.actors[assessment.actor]!;
    findings.expect('inputs-unchanged', runSnapshot(run) === snapshot, place, () => 'assessTurn changed the run state it was given');
    // The checks evaluate formulas on a copy: a formula that wrote to its state would
    // otherwise be blamed on the engine call checked next.
    checkDecision(findings, scenario, Float64Array.from(run.values), assessment, place);
    checkAnticipation(findings, scenario, shorter, Float64Array.from(run.values), assessment, place, budget);

    const draw = person.next();
    let choice: string | undefined;
    if (seated && assessment.legal.length > 0 && draw < 0.5) {
      choice = actor.actions[assessment.legal[Math.floor(person.next() * assessment.legal.length)]!]!.id;
      choices.set(turn, choice);
    }
    const result = playTurn(scenario, run, choice);
    findings.expect('inputs-unchanged', runSnapshot(run) === snapshot, place, () => 'playTurn changed the run state it was given');
    if (!findings.expect('legality', result.ok, place, () => `playTurn refused ${choice === undefined ? "the model's choice" : `the legal action '${choice}'`}: ${result.ok ? '' : result.message}`)) return;
    if (!result.ok) return;
    const { played } = result;
    const chosenIndex = played.chosen < 0 ? -1 : played.assessment.legal[played.chosen]!;
    findings.expect(
      'legality',
      played.chosen < 0 ? assessment.legal.length === 0 : played.chosen < assessment.legal.length && (choice === undefined || actor.actions[chosenIndex]!.id === choice),
      place,
      () => `${actor.name} played option ${played.chosen} of [${assessment.legal.join(', ')}]${choice === undefined ? '' : `, asked for '${choice}'`}`,
    );
    const assessed = assessmentSnapshot(assessment);
    findings.expect('determinism', assessmentSnapshot(played.assessment) === assessed, place, () =>
      'playTurn assessed the mover otherwise than assessTurn did from the same run state',
    );
    checkRefusals(findings, scenario, run, assessment, place);
    const again = playAssessedTurn(scenario, run, assessment, choice);
    findings.expect('inputs-unchanged', assessmentSnapshot(assessment) === assessed && runSnapshot(run) === snapshot, place, () =>
      'playing a turn with an assessment (or refusing one) changed the assessment or the run state it was given',
    );
    findings.expect('determinism', again.ok && runSnapshot(again.run) === runSnapshot(result.run) && same(again.played, played), place, () =>
      'the same turn played twice from the same run state came out differently',
    );
    checkChances(findings, scenario, Float64Array.from(run.values), run.random, assessment, played, place);
    checkEvents(findings, scenario, Float64Array.from(run.values), run.random, assessment, played, result.run.values, place);
    checkRanges(findings, scenario, result.run, place);
    turns.push(toTurnRecord(scenario, played, result.run.values));
    run = result.run;
  }
  findings.expect('runs-complete', true, { seed }, () => '');
  const record = toRunRecord(scenario, start, turns, outcomesHeld(scenario, run));
  const bytes = JSON.stringify(record);
  const place = { seed };
  findings.expect('determinism', JSON.stringify(runScenario(scenario, { seed, choices })) === bytes, place, () =>
    `runScenario with the same seed${choices.size > 0 ? ' and choices' : ''} gave another record than the run played turn by turn`,
  );
  const replayed = replayedBytes(scenario, bytes);
  findings.expect('replay', replayed === bytes, place, () =>
    replayed.startsWith('ReplayError') ? `the record, read back from its JSON, does not replay: ${replayed}` : 'the record, read back from its JSON, replayed to other bytes',
  );
  if (choices.size === 0) {
    const fast = runOutcomes(scenario, seed);
    findings.expect('replay', fast.every((held, k) => held === record.outcomes[scenario.outcomes[k]!.id]), place, () =>
      `the batch's fast path reached the outcomes [${fast.join(', ')}]; the record has ${JSON.stringify(record.outcomes)}`,
    );
  }
}

/** The record `bytes` replayed, as JSON; or the ReplayError that stopped it, as text. */
function replayedBytes(scenario: Scenario, bytes: string): string {
  try {
    return JSON.stringify(replayRun(scenario, parseRunRecord(bytes)));
  } catch (error) {
    if (error instanceof ReplayError) return `ReplayError: ${error.message}`;
    throw error;
  }
}

/** An unknown action and, if there is one, an illegal action are refused with a value. */
function checkRefusals(findings: Findings, scenario: Scenario, run: RunState, assessment: ReturnType<typeof assessTurn> & object, place: Place): void {
  const actor = scenario.actors[assessment.actor]!;
  const unknown = `${actor.actions.map((a) => a.id).join('_')}_unknown`;
  const refused = playAssessedTurn(scenario, run, assessment, unknown);
  findings.expect('legality', !refused.ok && refused.error === 'unknown-action', place, () => `an unknown action '${unknown}' was not refused as unknown`);
  const illegal = actor.actions.findIndex((_, i) => !assessment.legal.includes(i));
  if (illegal < 0) return;
  const id = actor.actions[illegal]!.id;
  const result = playAssessedTurn(scenario, run, assessment, id);
  findings.expect('legality', !result.ok && result.error === 'illegal-action', place, () => `the illegal action '${id}' was not refused as illegal`);
}

function checkRanges(findings: Findings, scenario: Scenario, run: RunState, place: Place): void {
  const bad = scenario.quantities.find((q) => {
    const v = run.values[q.slot]!;
    return !(Number.isFinite(v) && v >= q.min && v <= q.max && (!q.integer || Number.isInteger(v)));
  });
  findings.expect('ranges', bad === undefined, { ...place, state: () => stateText(scenario, run.values) }, () =>
    `${bad!.id} is ${run.values[bad!.slot]} after ${place.turn === 0 ? 'the trigger' : `turn ${place.turn}`}; its range is ${bad!.min} to ${bad!.max}${bad!.integer ? ', whole numbers' : ''}`,
  );
}

function same(a: object, b: object): boolean {
  return JSON.stringify(a, (_, v: unknown) => (ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v)) ===
    JSON.stringify(b, (_, v: unknown) => (ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v));
}

function option(value: number | undefined, fallback: number, min: number, max: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`checkScenario: ${name} must be a whole number from ${min} to ${max}, not ${value}`);
  }
  return value;
}
