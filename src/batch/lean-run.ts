import { chanceProbabilities, drawIndex, eventProbability } from '../engine/chance.js';
import { DecisionMemo, type DecisionMemoShare } from './decision-memo.js';
import { applyEffect, finite } from '../engine/effect.js';
import type { Planner } from '../engine/planner.js';
import { plannerFor } from '../engine/planner-cache.js';
import { SeededRandom } from '../engine/random.js';
import { RunError } from '../engine/run-error.js';
import type { Scenario } from '../engine/scenario.js';

/** What a batch keeps of one run. The arrays belong to the LeanRun and are overwritten by its next run. */
export interface RunResult {
  readonly seed: number;
  /** Per named outcome, 1 when it held. */
  readonly held: Uint8Array;
  /**
   * Per named outcome, the turn it first held (0 is right after the trigger), or -1 when
   * it did not hold. For an `end` outcome: the turn from which it held to the end.
   */
  readonly firstTurn: Int32Array;
  /** Every quantity's final value. */
  readonly values: Float64Array;
}

/**
 * How many decisions a LeanRun remembers, alone or shared by a batch's threads: about 300
 * bytes each. Chosen by measuring a million-run batch: at 100,000 it took 21–27 s; 200,000
 * was faster but left less room under 300 MB of resident memory.
 */
const REMEMBERED_DECISIONS = 150_000;

/**
 * Plays whole runs the way `runScenario` does — the same draws, the same figures, the same
 * errors — keeping only what a batch needs, with one set of buffers for every turn of
 * every run: nothing is allocated per turn, and no run record is built.
 */
export class LeanRun {
  private readonly planner: Planner;
  private readonly values: Float64Array;
  private readonly next: Float64Array;
  private readonly chance: Float64Array;
  private readonly held: Uint8Array;
  private readonly reached: Uint8Array;
  private readonly firstTurn: Int32Array;
  /** For `end` outcomes: the turn since which the condition has held, or -1. */
  private readonly since: Int32Array;
  private readonly memo: DecisionMemo;
  /** The bits of `values`, which the memo compares. */
  private readonly valueBits: Int32Array;

  /**
   * @param memo a memo of decisions it shares with other threads (see `LeanRun.sharedMemo`);
   * by default it uses this thread's memo, which the LeanRuns of the thread share, each
   * scenario and variant keyed apart, in one block per shape of record, up to six
   * (`DecisionMemo.forThread`)
   */
  constructor(
    readonly scenario: Scenario,
    memo?: DecisionMemoShare,
  ) {
    this.planner = plannerFor(scenario);
    const quantities = scenario.quantities.length;
    const outcomes = scenario.outcomes.length;
    this.values = new Float64Array(quantities);
    this.next = new Float64Array(quantities);
    this.chance = new Float64Array(Math.max(1, ...scenario.actors.flatMap((a) => a.actions.map((x) => x.outcomes.length))));
    this.held = new Uint8Array(outcomes);
    this.reached = new Uint8Array(outcomes);
    this.firstTurn = new Int32Array(outcomes);
    this.since = new Int32Array(outcomes);
    this.valueBits = new Int32Array(this.values.buffer, this.values.byteOffset, quantities * 2);
    this.memo = memo === undefined ? DecisionMemo.forThread(this.planner, REMEMBERED_DECISIONS) : DecisionMemo.open(this.planner, memo);
  }

  /**
   * Memory for the LeanRuns of several threads to remember decisions in together, up to
   * `capacity` of them (about 300 bytes each; as many as a LeanRun keeps alone by
   * default): pass it to each thread's LeanRun. Every
   * entry is the planner's decision at its key, whichever thread made it, so sharing
   * changes no figure, only how often a decision is searched.
   */
  static sharedMemo(scenario: Scenario, capacity = REMEMBERED_DECISIONS): DecisionMemoShare {
    return DecisionMemo.shared(plannerFor(scenario), capacity).share()!;
  }

  /**
   * `sharedMemo` with room for every decision `runs` runs can make (one a turn), up to the
   * default capacity: the memo never fills before the default one would, so it finds the same
   * decisions, in the memory the batch needs (a batch of 30 runs took over 50 MB, and the
   * garbage collections that much outside memory brings).
   */
  static sharedMemoFor(scenario: Scenario, runs: number): DecisionMemoShare {
    return LeanRun.sharedMemo(scenario, Math.min(REMEMBERED_DECISIONS, runs * scenario.settings.horizon));
  }

  /** Plays the run with `seed`; a RunError names the seed and turn that met it. */
  play(seed: number): RunResult {
    const { scenario, values, reached, firstTurn, since } = this;
    const random = SeededRandom.fromSeed(seed);
    values.set(scenario.initial);
    reached.fill(0);
    firstTurn.fill(-1);
    since.fill(-1);
    let turn = 0;
    try {
      applyEffect(scenario.bounds, scenario.trigger.effect, values, values);
      this.observe(0);
      const { horizon } = scenario.settings;
      for (turn = 1; turn <= horizon; turn++) {
        this.playTurn(turn, random);
        this.observe(turn);
      }
      turn = horizon;
      this.conclude();
    } catch (error) {
      throw error instanceof RunError ? error.during({ seed, turn }) : error;
    }
    return { seed, held: this.held, firstTurn, values };
  }

  /** One turn, as `playTurn` plays it when the model decides. */
  private playTurn(turn: number, random: SeededRandom): void {
    const { memo, valueBits } = this;
    const entry = memo.find(turn, valueBits);
    const choiceDraw = random.next();
    const chanceDraw = random.next();
    if (entry >= 0) {
      this.act(memo.actorOf(entry), memo.countOf(entry), memo.words, memo.legalAt(entry), memo.doubles, memo.probabilitiesAt(entry), choiceDraw, chanceDraw);
    } else {
      // Not met before: the planner decides, and the memo keeps it for the next run.
      const decision = this.planner.decide(this.values, turn);
      memo.remember(turn, valueBits, decision);
      this.act(decision.actor, decision.count, decision.legal, 0, decision.probabilities, 0, choiceDraw, chanceDraw);
    }
    this.drawEvents(random);
  }

  /**
   * The chosen action and its chance outcome, drawn from a decision's `count` options:
   * their action indexes from `legal[legalAt]`, their probabilities from `probabilities[probabilitiesAt]`.
   */
  private act(
    actor: number,
    count: number,
    legal: Int32Array,
    legalAt: number,
    probabilities: Float64Array,
    probabilitiesAt: number,
    choiceDraw: number,
    chanceDraw: number,
  ): void {
    if (count === 0) return;
    const { scenario, planner, values, next, chance } = this;
    const chosen = drawIndex(probabilities, count, choiceDraw, probabilitiesAt);
    const action = scenario.actors[actor]!.actions[legal[legalAt + chosen]!]!;
    chanceProbabilities(action, values, chance);
    const outcome = drawIndex(chance, action.outcomes.length, chanceDraw);
    planner.outcomeState(action, outcome, values, next);
    values.set(next);
  }

  /** The scenario's random events, each drawn after the turn. */
  private drawEvents(random: SeededRandom): void {
    const { scenario, values } = this;
    const { events } = scenario;
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      const p = eventProbability(event.probability, values);
      if (random.next() < p) applyEffect(scenario.bounds, event.effect, values, values);
    }
  }

  /** Marks `ever` outcomes reached (as `markReached` does) and notes when `end` outcomes began to hold. */
  private observe(turn: number): void {
    const { outcomes } = this.scenario;
    const { values, reached, firstTurn, since } = this;
    for (let i = 0; i < outcomes.length; i++) {
      const outcome = outcomes[i]!;
      if (outcome.check === 'ever') {
        if (reached[i] === 0 && finite(outcome.condition, values) !== 0) {
          reached[i] = 1;
          firstTurn[i] = turn;
        }
      } else {
        // Only the final check may fail a run, as in runScenario: here a value that is not
        // a number just does not count as holding.
        const value = outcome.condition.evaluate(values);
        if (Number.isFinite(value) && value !== 0) {
          if (since[i]! < 0) since[i] = turn;
        } else {
          since[i] = -1;
        }
      }
    }
  }

  /** Which outcomes held at the end, as `outcomesHeld` decides. */
  private conclude(): void {
    const { outcomes } = this.scenario;
    const { values, reached, held, firstTurn, since } = this;
    for (let i = 0; i < outcomes.length; i++) {
      const outcome = outcomes[i]!;
      const holds = outcome.check === 'ever' ? reached[i] === 1 : finite(outcome.condition, values) !== 0;
      held[i] = holds ? 1 : 0;
      if (outcome.check === 'end') firstTurn[i] = holds ? since[i]! : -1;
    }
  }
}

const leanRuns = new WeakMap<Scenario, LeanRun>();

/** One LeanRun per scenario, like its planner: the engine runs one thing at a time per thread. */
export function leanRunFor(scenario: Scenario): LeanRun {
  let run = leanRuns.get(scenario);
  if (run === undefined) {
    run = new LeanRun(scenario);
    leanRuns.set(scenario, run);
  }
  return run;
}
