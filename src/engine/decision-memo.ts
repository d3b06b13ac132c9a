import type { Decision, Planner } from './planner.js';

/**
 * What it takes to open the same memo in another thread: its memory (a SharedArrayBuffer,
 * which a worker receives without copying) and its capacity. The other thread opens it
 * with the same scenario, so its keys have the same shape.
 */
export interface DecisionMemoShare {
  readonly memory: SharedArrayBuffer;
  readonly capacity: number;
}

/**
 * Decisions already made, by turn and the exact values of the quantities a decision on
 * that turn may read (`Planner.decisionReads`): a decision depends on nothing else, so one
 * found here is the one the planner would make again. Early turns repeat across the runs
 * of a batch (every run starts from the same state, and most quantities move in steps),
 * and a turn's decision ignores the quantities only other actors care about, so most of a
 * batch's decisions are found here instead of searched.
 *
 * A fixed-size open-addressed table in flat typed arrays: a lookup hashes the key's bits
 * and compares them word for word, allocating nothing. (A Map keyed by a string of the
 * state's bits spent more time building keys and collecting them than it saved.) Once
 * full it keeps what it has: the earliest decisions, which repeat the most.
 *
 * In shared memory, the threads of a batch fill one memo together. Entries are written
 * whole and only then published, by an atomic compare-and-swap of their table slot; a
 * lookup reads slots atomically, so it never sees an entry half written. Two threads that
 * make the same decision at once both publish it, and one copy wins the slot. Whichever
 * thread made an entry, it is the decision the planner makes at that key, so what a run
 * does never depends on which thread met a state first.
 */
export class DecisionMemo {
  /** Each entry's acting actor. */
  readonly actors: Int32Array;
  /** Each entry's number of legal actions. */
  readonly counts: Int32Array;
  /** Each entry's legal action indexes, `stride` per entry. */
  readonly legal: Int32Array;
  /** Each entry's choice probabilities, `stride` per entry. */
  readonly probabilities: Float64Array;
  /** Room per entry in `legal` and `probabilities`: the most actions any actor has. */
  readonly stride: number;
  readonly capacity: number;

  /** Per turn, the state's words (two per quantity) that make its key. */
  private readonly keyWords: readonly Int32Array[];
  /** Room per entry in `keys`: the longest key. */
  private readonly words: number;
  private readonly keys: Int32Array;
  private readonly turns: Int32Array;
  /** Hash table of entry index + 1 (0 is empty), twice the capacity so probes stay short. */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** [0]: entries taken so far (it may pass the capacity by one per thread). */
  private readonly taken: Int32Array;
  /** The key being looked up, gathered from the state, and its length. */
  private readonly key: Int32Array;
  private keyLength = 0;
  /** Where the last miss ended: the slot a new entry for its key would take. */
  private vacantSlot = 0;

  private constructor(
    readonly memory: ArrayBuffer | SharedArrayBuffer,
    planner: Planner,
    capacity: number,
  ) {
    const { scenario } = planner;
    const quantities = scenario.quantities.length;
    const all = Int32Array.from({ length: quantities }, (_, q) => q);
    this.keyWords = Array.from({ length: scenario.settings.horizon + 1 }, (_, turn) => {
      const slots = (turn === 0 ? undefined : planner.decisionReads(turn)) ?? all;
      return Int32Array.from({ length: slots.length * 2 }, (_, i) => 2 * slots[i >> 1]! + (i & 1));
    });
    this.capacity = capacity;
    const layout = memoLayout(planner, capacity);
    if (memory.byteLength !== layout.bytes) throw new RangeError('the memo memory does not fit this scenario and capacity');
    this.words = layout.words;
    this.stride = layout.stride;
    this.mask = layout.slots - 1;
    const at = layout.offsets;
    this.probabilities = new Float64Array(memory, at.probabilities, capacity * this.stride);
    this.keys = new Int32Array(memory, at.keys, capacity * this.words);
    this.legal = new Int32Array(memory, at.legal, capacity * this.stride);
    this.turns = new Int32Array(memory, at.turns, capacity);
    this.actors = new Int32Array(memory, at.actors, capacity);
    this.counts = new Int32Array(memory, at.counts, capacity);
    this.table = new Int32Array(memory, at.table, layout.slots);
    this.taken = new Int32Array(memory, at.taken, 1);
    this.key = new Int32Array(this.words);
  }

  /** A memo for this thread alone, keeping up to `capacity` decisions. */
  static local(planner: Planner, capacity: number): DecisionMemo {
    return new DecisionMemo(new ArrayBuffer(memoLayout(planner, capacity).bytes), planner, capacity);
  }

  /** A memo in shared memory, for the threads of a batch to fill together (see `share`). */
  static shared(planner: Planner, capacity: number): DecisionMemo {
    return new DecisionMemo(new SharedArrayBuffer(memoLayout(planner, capacity).bytes), planner, capacity);
  }

  /** Opens, in this thread, a memo another thread shared, for a planner of the same scenario. */
  static open(planner: Planner, share: DecisionMemoShare): DecisionMemo {
    return new DecisionMemo(share.memory, planner, share.capacity);
  }

  /** What another thread needs to open this memo; undefined when it is not in shared memory. */
  share(): DecisionMemoShare | undefined {
    return this.memory instanceof SharedArrayBuffer ? { memory: this.memory, capacity: this.capacity } : undefined;
  }

  /** How many decisions it keeps now. */
  get kept(): number {
    return Math.min(this.capacity, Atomics.load(this.taken, 0));
  }

  /** The entry holding the decision at `turn` for the state whose bits are `state`, or -1. */
  find(turn: number, state: Int32Array): number {
    const { table, mask, keys, turns, words, key } = this;
    const keyWords = this.keyWords[turn]!;
    const length = keyWords.length;
    for (let i = 0; i < length; i++) key[i] = state[keyWords[i]!]!;
    this.keyLength = length;
    let slot = hash(turn, key, length) & mask;
    for (;;) {
      const stored = Atomics.load(table, slot);
      if (stored === 0) {
        this.vacantSlot = slot;
        return -1;
      }
      const entry = stored - 1;
      if (turns[entry] === turn && sameWords(keys, entry * words, key, length)) return entry;
      slot = (slot + 1) & mask;
    }
  }

  /** Keeps `decision`, made at the turn and state of the `find` that just missed, unless the memo is full. */
  remember(turn: number, decision: Decision): void {
    const { taken, table, mask, keys, turns, words, key, keyLength, capacity } = this;
    if (Atomics.load(taken, 0) >= capacity) return;
    const entry = Atomics.add(taken, 0, 1);
    if (entry >= capacity) return;
    keys.set(key.subarray(0, keyLength), entry * words);
    turns[entry] = turn;
    const { count } = decision;
    this.actors[entry] = decision.actor;
    this.counts[entry] = count;
    const at = entry * this.stride;
    for (let i = 0; i < count; i++) {
      this.legal[at + i] = decision.legal[i]!;
      this.probabilities[at + i] = decision.probabilities[i]!;
    }
    // Published only now, whole. A slot another thread took meanwhile is passed over.
    let slot = this.vacantSlot;
    for (;;) {
      const prior = Atomics.compareExchange(table, slot, 0, entry + 1);
      if (prior === 0) return;
      const other = prior - 1;
      if (turns[other] === turn && sameWords(keys, other * words, key, keyLength)) return;
      slot = (slot + 1) & mask;
    }
  }
}

/** Where each array lives in a memo's memory, and how many bytes it needs. */
function memoLayout(planner: Planner, capacity: number) {
  const { scenario } = planner;
  let longest = 0;
  for (let turn = 1; turn <= scenario.settings.horizon; turn++) {
    longest = Math.max(longest, planner.decisionReads(turn)?.length ?? scenario.quantities.length);
  }
  const words = Math.max(1, longest * 2);
  const stride = Math.max(1, ...scenario.actors.map((a) => a.actions.length));
  let slots = 1;
  while (slots < capacity * 2) slots *= 2;
  // Float64 first, so every array starts on a boundary its element size divides.
  let bytes = 0;
  const take = (length: number, size: number): number => {
    const at = bytes;
    bytes += length * size;
    return at;
  };
  const offsets = {
    probabilities: take(capacity * stride, 8),
    keys: take(capacity * words, 4),
    legal: take(capacity * stride, 4),
    turns: take(capacity, 4),
    actors: take(capacity, 4),
    counts: take(capacity, 4),
    table: take(slots, 4),
    taken: take(1, 4),
  };
  return { words, stride, slots, offsets, bytes };
}

/** A 32-bit mix of the turn and a key's words (murmur3's multiply-rotate-xor steps). */
function hash(turn: number, words: Int32Array, length: number): number {
  let h = Math.imul(turn + 1, 0x9e3779b1);
  for (let i = 0; i < length; i++) {
    let k = Math.imul(words[i]!, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function sameWords(keys: Int32Array, at: number, words: Int32Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (keys[at + i] !== words[i]) return false;
  return true;
}
