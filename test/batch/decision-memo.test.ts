import { test as property } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionMemo, MEMO_CAPACITY_LIMIT } from '../../src/batch/decision-memo.js';
import { LeanRun } from '../../src/batch/lean-run.js';
import { Planner } from '../../src/engine/planner.js';
import { loadScenario } from '../../src/scenarios/load.js';
import { arbitraryScenario, arbitraryState } from '../../src/testing/index.js';

const bits = (state: Float64Array): Int32Array => new Int32Array(state.buffer, state.byteOffset, state.length * 2);

/** What a memo entry says, as plain numbers. */
function entryOf(memo: DecisionMemo, entry: number) {
  const count = memo.countOf(entry);
  const legal = memo.legalAt(entry);
  const probabilities = memo.probabilitiesAt(entry);
  return { actor: memo.actorOf(entry), legal: [...memo.words.subarray(legal, legal + count)], probabilities: [...memo.doubles.subarray(probabilities, probabilities + count)] };
}

/** What the planner decides, as plain numbers. */
function decisionOf(planner: Planner, state: Float64Array, turn: number) {
  const d = planner.decide(state, turn);
  return { actor: d.actor, legal: [...d.legal.subarray(0, d.count)], probabilities: [...d.probabilities.subarray(0, d.count)] };
}

/** A scenario with a few states and turns to look up, some of them repeated. */
const lookups = arbitraryScenario({ maxHorizon: 6 }).chain((scenario) =>
  fc.tuple(
    fc.constant(scenario),
    fc.array(fc.tuple(arbitraryState(scenario), fc.integer({ min: 1, max: scenario.settings.horizon })), { minLength: 1, maxLength: 6 }),
    fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
  ),
);

describe('DecisionMemo', () => {
  property.prop([lookups, fc.integer({ min: 0, max: 8 })], { numRuns: 60 })(
    'finds exactly the decisions it was given, until it is full, and they are the planner’s',
    ([scenario, keys, order], capacity) => {
      const planner = new Planner(scenario);
      const memo = DecisionMemo.local(planner, capacity);
      // The reference: keys as strings of the turn and the bits of the quantities it reads.
      const keyOf = (state: Float64Array, turn: number): string => {
        const reads = planner.decisionReads(turn) ?? scenario.quantities.map((q) => q.slot);
        return [turn, ...[...reads].flatMap((slot) => [...bits(state).subarray(2 * slot, 2 * slot + 2)])].join(' ');
      };
      const kept = new Set<string>();
      for (const pick of order) {
        const [state, turn] = keys[pick % keys.length]!;
        const entry = memo.find(turn, bits(state));
        expect(entry >= 0).toBe(kept.has(keyOf(state, turn)));
        if (entry >= 0) {
          expect(entryOf(memo, entry)).toEqual(decisionOf(planner, state, turn));
        } else {
          memo.remember(turn, bits(state), planner.decide(state, turn));
          if (kept.size < capacity) kept.add(keyOf(state, turn));
        }
        expect(memo.kept).toBe(Math.min(capacity, kept.size));
      }
    },
  );

  property.prop([lookups, lookups], { numRuns: 30 })(
    "as this thread's memo, keeps a scenario's decisions while another scenario is played, on the same block",
    ([first, firstKeys], [second, secondKeys]) => {
      // Room for every case's decisions (six keys a scenario at most), as a full memo is emptied when it opens.
      const capacity = 1000;
      const [a, b] = [new Planner(first), new Planner(second)];
      const fill = (memo: DecisionMemo, planner: Planner, keys: typeof firstKeys): void => {
        for (const [state, turn] of keys) if (memo.find(turn, bits(state)) < 0) memo.remember(turn, bits(state), planner.decide(state, turn));
      };
      const before = DecisionMemo.forThread(a, capacity);
      fill(before, a, firstKeys);
      const kept = before.kept;
      expect(kept).toBeGreaterThan(0);
      fill(DecisionMemo.forThread(b, capacity), b, secondKeys);
      const again = DecisionMemo.forThread(a, capacity);
      expect(again.memory).toBe(before.memory);
      // The second scenario's decisions, if it shares the first's shape, are in the same table; the first's are all still there.
      expect(again.kept).toBeGreaterThanOrEqual(kept);
      for (const [state, turn] of firstKeys) {
        const entry = again.find(turn, bits(state));
        expect(entry).toBeGreaterThanOrEqual(0);
        expect(entryOf(again, entry)).toEqual(decisionOf(a, state, turn));
      }
    },
  );

  property.prop([lookups, lookups, fc.array(fc.nat(), { minLength: 10, maxLength: 60 }), fc.integer({ min: 1, max: 8 })], { numRuns: 60 })(
    "as this thread's memo, stays right for a scenario whose run goes on after another shape took the block",
    ([first, firstKeys], [second, secondKeys], order, capacity) => {
      // As a cached LeanRun of one scenario is used again after a LeanRun of another.
      const planners = [new Planner(first), new Planner(second)];
      const memos = planners.map((planner) => DecisionMemo.forThread(planner, capacity));
      const keys = [firstKeys, secondKeys];
      for (const pick of order) {
        const [memo, planner] = [memos[pick % 2]!, planners[pick % 2]!];
        const [state, turn] = keys[pick % 2]![(pick >> 1) % keys[pick % 2]!.length]!;
        const entry = memo.find(turn, bits(state));
        if (entry >= 0) expect(entryOf(memo, entry)).toEqual(decisionOf(planner, state, turn));
        else memo.remember(turn, bits(state), planner.decide(state, turn));
      }
    },
  );

  it('keys a decision by the quantities it reads: a state that differs elsewhere finds it', () => {
    const hormuz = loadScenario('hormuz');
    const planner = new Planner(hormuz);
    const memo = DecisionMemo.local(planner, 16);
    const reads = new Set(planner.decisionReads(1));
    const unread = hormuz.quantities.find((q) => !reads.has(q.slot))!;
    const read = hormuz.quantities.find((q) => reads.has(q.slot))!;
    const state = Float64Array.from(hormuz.initial);
    expect(memo.find(1, bits(state))).toBe(-1);
    memo.remember(1, bits(state), planner.decide(state, 1));
    const elsewhere = Float64Array.from(state);
    elsewhere[unread.slot] = unread.max === state[unread.slot] ? unread.min : unread.max;
    expect(memo.find(1, bits(elsewhere))).toBe(0);
    const changed = Float64Array.from(state);
    changed[read.slot] = read.max === state[read.slot] ? read.min : read.max;
    expect(memo.find(1, bits(changed))).toBe(-1);
    expect(memo.find(2, bits(state))).toBe(-1);
  });

  it('in shared memory, is one memo for every thread that opens it', () => {
    const hormuz = loadScenario('hormuz');
    const planner = new Planner(hormuz);
    const memo = DecisionMemo.shared(planner, 16);
    const other = DecisionMemo.open(planner, memo.share()!);
    const state = Float64Array.from(hormuz.initial);
    expect(other.find(3, bits(state))).toBe(-1);
    other.remember(3, bits(state), planner.decide(state, 3));
    expect(memo.find(3, bits(state))).toBe(0);
    expect(memo.kept).toBe(1);
    expect(DecisionMemo.local(planner, 16).share()).toBeUndefined();
  });

  it('holds at most MEMO_CAPACITY_LIMIT decisions, a whole number of them', () => {
    const planner = new Planner(loadScenario('hormuz'));
    expect(() => DecisionMemo.local(planner, MEMO_CAPACITY_LIMIT + 1)).toThrow(/from 0 to 1048574 decisions/);
    expect(() => DecisionMemo.local(planner, 2.5)).toThrow(RangeError);
    expect(() => DecisionMemo.local(planner, -1)).toThrow(RangeError);
  });

  it('refuses memory of another shape', () => {
    const planner = new Planner(loadScenario('hormuz'));
    const share = DecisionMemo.shared(planner, 16).share()!;
    expect(() => DecisionMemo.open(planner, { ...share, capacity: 17 })).toThrow(RangeError);
  });
});

describe('a lean run with a memo', () => {
  /** Final values of runs 0..n−1, each played by one LeanRun in turn. */
  const finals = (lean: LeanRun, n: number): number[][] => Array.from({ length: n }, (_, seed) => [...lean.play(seed).values]);

  it.each(['hormuz', 's400', 'strike', 'uranium', 'beijing'])('plays %s as it does with nothing remembered, over runs that meet the same states', (id) => {
    const scenario = loadScenario(id);
    const remembered = new LeanRun(scenario);
    const forgetful = new LeanRun(scenario, LeanRun.sharedMemo(scenario, 0));
    const full = new LeanRun(scenario, LeanRun.sharedMemo(scenario, 40));
    const expected = finals(forgetful, 150);
    expect(finals(remembered, 150)).toEqual(expected);
    expect(finals(full, 150)).toEqual(expected);
  });

  property.prop([arbitraryScenario({ maxHorizon: 6 }), fc.integer({ min: 1, max: 40 })], { numRuns: 30 })(
    "sized for a batch's runs, keeps every decision they make, as a memo with room to spare does",
    (scenario, runs) => {
      const planner = new Planner(scenario);
      const sized = LeanRun.sharedMemoFor(scenario, runs);
      const roomy = LeanRun.sharedMemo(scenario, 10_000);
      expect(DecisionMemo.open(planner, sized).capacity).toBe(runs * scenario.settings.horizon);
      expect(finals(new LeanRun(scenario, sized), runs)).toEqual(finals(new LeanRun(scenario, roomy), runs));
      expect(DecisionMemo.open(planner, sized).kept).toBe(DecisionMemo.open(planner, roomy).kept);
    },
  );
});
