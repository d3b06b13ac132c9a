import { codeOf } from '../engine/compiled-code.js';
import type { Decision, Planner } from '../engine/planner.js';

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
 * A fixed-size open-addressed table over one block of memory: a lookup hashes the key's
 * bits and compares them word for word, allocating nothing. (A Map keyed by a string of
 * the state's bits spent more time building keys and collecting them than it saved.) Each
 * entry is one record — turn, actor, count, probabilities, legal actions, key — so a hit
 * reads one stretch of memory, not six arrays far apart. Once full it keeps what it has:
 * the earliest decisions, which repeat the most.
 *
 * In shared memory, the threads of a batch fill one memo together. Entries are written
 * whole and only then published, by an atomic compare-and-swap of their table slot; a
 * lookup reads slots atomically, so it never sees an entry half written. Two threads that
 * make the same decision at once both publish it, and one copy wins the slot. Whichever
 * thread made an entry, it is the decision the planner makes at that key, so what a run
 * does never depends on which thread met a state first.
 */
export class DecisionMemo {
  /** The records as 32-bit words: `[turn, actor, count, –, probabilities…, legal…, key…]`. */
  readonly words: Int32Array;
  /** The same records as doubles, for the probabilities (records start on 8-byte boundaries). */
  readonly doubles: Float64Array;
  readonly capacity: number;

  /** Per turn, the state's words (two per quantity) that make its key. */
  private readonly keyWords: readonly Int32Array[];
  /**
   * Per turn, the word that stands for the turn in a key: the turn itself in a memo one
   * scenario fills, or a number for the turn and everything else the decision depends on
   * (code, horizon, lookahead, the weights and rationality it reads) in a thread's memo
   * that variants of scenarios share (`forThread`).
   */
  private readonly tags: Int32Array;
  /** Words per record; even, so that every record starts on an 8-byte boundary. */
  private readonly recordWords: number;
  private readonly stride: number;
  /** Hash table of entry index + 1 (0 is empty), twice the capacity so probes stay short. */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** [0]: entries taken so far (it may pass the capacity by one per thread). */
  private readonly taken: Int32Array;
  /** Where the last miss ended: the slot a new entry for its key would take, and the key's hash. */
  private vacantSlot = 0;
  private vacantHash = 0;
  /** For a thread's memo: the thread's block it lies in, and the layout of that block it was opened at (see `forThread`). */
  private block: ThreadBlock | undefined;
  private shape = '';
  private generation = 0;

  private constructor(
    readonly memory: ArrayBuffer | SharedArrayBuffer,
    planner: Planner,
    capacity: number,
    tags?: Int32Array,
  ) {
    const { scenario } = planner;
    this.tags = tags ?? Int32Array.from({ length: scenario.settings.horizon + 1 }, (_, turn) => turn);
    const quantities = scenario.quantities.length;
    const all = Int32Array.from({ length: quantities }, (_, q) => q);
    this.keyWords = Array.from({ length: scenario.settings.horizon + 1 }, (_, turn) => {
      const slots = turn === 0 ? undefined : planner.decisionReads(turn);
      return slots === undefined ? keyWordsOf(all) : keyWordsOf(slots);
    });
    if (!Number.isSafeInteger(capacity) || capacity < 0 || capacity > MEMO_CAPACITY_LIMIT) {
      throw new RangeError(`a memo holds from 0 to ${MEMO_CAPACITY_LIMIT} decisions, not ${capacity}`);
    }
    this.capacity = capacity;
    const layout = memoLayout(planner, capacity);
    // A thread's own memo may sit in a bigger block it keeps (`forThread`); shared memory is exactly one memo's.
    if (tags === undefined ? memory.byteLength !== layout.bytes : memory.byteLength < layout.bytes) throw new RangeError('the memo memory does not fit this scenario and capacity');
    this.recordWords = layout.recordWords;
    this.stride = layout.stride;
    this.mask = layout.slots - 1;
    this.words = new Int32Array(memory, 0, capacity * layout.recordWords);
    this.doubles = new Float64Array(memory, 0, (capacity * layout.recordWords) / 2);
    this.table = new Int32Array(memory, layout.tableAt, layout.slots);
    this.taken = new Int32Array(memory, layout.takenAt, 1);
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

  /**
   * This thread's memo for `planner`: one block of memory the LeanRuns of every scenario
   * and variant this thread plays share (reopened, not allocated again, for a variant: an
   * experiment's points, say), each decision keyed by all it depends on, so that variants
   * that decide alike on a turn (the same code and horizon, the same weights of the actors
   * deciding it) find each other's decisions. Emptied when it is full as a new one opens.
   *
   * The thread keeps a few blocks, one per shape of record, the most recently used last
   * (THREAD_BLOCKS): scenarios played in turn keep their decisions. A shape beyond them takes
   * the least recently used block, emptied (or a new one, if that is too small), and a memo
   * opened before on that block lays its own shape back (emptied) when next used (`reclaim`),
   * so no memo ever reads records of another layout. A new block for each shape (52–58 MB at the default
   * capacity for the built-in scenarios) cost fresh pages for the system to clear and heap
   * collections that V8 starts for outside memory: the conformance tests, over generated
   * scenarios of every shape, had 38 of those and took 14.7 s of CPU, against 10 and 9.3 s now.
   */
  static forThread(planner: Planner, capacity: number): DecisionMemo {
    const layout = memoLayout(planner, capacity);
    const shape = `${capacity} ${layout.recordWords} ${layout.stride} ${layout.bytes}`;
    const { block, laid } = threadBlockFor(shape, layout.bytes);
    const memo = new DecisionMemo(block.memory, planner, capacity, decisionTags(planner));
    memo.block = block;
    memo.shape = shape;
    memo.generation = block.generation;
    // Laid over another shape's records, its table and count are that shape's bytes: emptied first.
    if (laid || Atomics.load(memo.taken, 0) >= capacity) memo.clear();
    return memo;
  }

  /**
   * Makes a thread's memo safe to read again after another shape was laid over its block: it
   * lays its own shape back, emptied, as the other's records are not its own.
   */
  private reclaim(): void {
    this.generation = layOut(this.block!, this.shape);
    this.clear();
  }

  /** Forgets every decision: for a memo only this thread uses. */
  private clear(): void {
    this.table.fill(0);
    Atomics.store(this.taken, 0, 0);
  }

  /** What another thread needs to open this memo; undefined when it is not in shared memory. */
  share(): DecisionMemoShare | undefined {
    return this.memory instanceof SharedArrayBuffer ? { memory: this.memory, capacity: this.capacity } : undefined;
  }

  /** How many decisions it keeps now. */
  get kept(): number {
    return Math.min(this.capacity, Atomics.load(this.taken, 0));
  }

  /** The acting actor of an entry. */
  actorOf(entry: number): number {
    return this.words[entry * this.recordWords + ACTOR]!;
  }

  /** The number of legal actions of an entry. */
  countOf(entry: number): number {
    return this.words[entry * this.recordWords + COUNT]!;
  }

  /** Where an entry's choice probabilities start in `doubles`. */
  probabilitiesAt(entry: number): number {
    return (entry * this.recordWords + HEADER) / 2;
  }

  /** Where an entry's legal action indexes start in `words`. */
  legalAt(entry: number): number {
    return entry * this.recordWords + HEADER + 2 * this.stride;
  }

  /** The entry holding the decision at `turn` for the state whose bits are `state`, or -1. */
  find(turn: number, state: Int32Array): number {
    if (this.block !== undefined && this.block.generation !== this.generation) this.reclaim();
    const { table, mask, words, recordWords } = this;
    const keyWords = this.keyWords[turn]!;
    const tag = this.tags[turn]!;
    const h = hash(tag, state, keyWords);
    const print = h >>> ENTRY_BITS;
    const keyAt = HEADER + 3 * this.stride;
    let slot = h & mask;
    for (;;) {
      const stored = Atomics.load(table, slot);
      if (stored === 0) {
        this.vacantSlot = slot;
        this.vacantHash = h;
        return -1;
      }
      if (stored >>> ENTRY_BITS === print) {
        const entry = (stored & ENTRY_MASK) - 1;
        const at = entry * recordWords;
        if (words[at + TURN] === tag && sameKey(words, at + keyAt, state, keyWords)) return entry;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Keeps `decision`, made at `turn` and `state`, where the `find` just before missed; unless the memo is full. */
  remember(turn: number, state: Int32Array, decision: Decision): void {
    if (this.block !== undefined && this.block.generation !== this.generation) this.reclaim();
    const { taken, table, mask, words, doubles, recordWords, stride, capacity } = this;
    if (Atomics.load(taken, 0) >= capacity) return;
    const entry = Atomics.add(taken, 0, 1);
    if (entry >= capacity) return;
    const keyWords = this.keyWords[turn]!;
    const tag = this.tags[turn]!;
    const at = entry * recordWords;
    const keyAt = HEADER + 3 * stride;
    const { count } = decision;
    words[at + TURN] = tag;
    words[at + ACTOR] = decision.actor;
    words[at + COUNT] = count;
    const probabilities = (at + HEADER) / 2;
    const legal = at + HEADER + 2 * stride;
    for (let i = 0; i < count; i++) {
      doubles[probabilities + i] = decision.probabilities[i]!;
      words[legal + i] = decision.legal[i]!;
    }
    for (let i = 0; i < keyWords.length; i++) words[at + keyAt + i] = state[keyWords[i]!]!;
    // Published only now, whole. A slot another thread took meanwhile is passed over.
    const stored = ((this.vacantHash >>> ENTRY_BITS) << ENTRY_BITS) | (entry + 1);
    let slot = this.vacantSlot;
    for (;;) {
      const prior = Atomics.compareExchange(table, slot, 0, stored);
      if (prior === 0) return;
      const other = ((prior & ENTRY_MASK) - 1) * recordWords;
      if (words[other + TURN] === tag && sameKey(words, other + keyAt, state, keyWords)) return;
      slot = (slot + 1) & mask;
    }
  }
}

/**
 * A table slot holds entry + 1 in its low bits and the top bits of the key's hash above
 * them, so a probe passes over most other keys without reading their records.
 */
const ENTRY_BITS = 20;
const ENTRY_MASK = (1 << ENTRY_BITS) - 1;
/** The most entries a memo can hold: entry + 1 must fit in ENTRY_BITS. */
export const MEMO_CAPACITY_LIMIT = ENTRY_MASK - 1;

/** A record's header words; the probabilities follow, then the legal actions, then the key. */
const TURN = 0;
const ACTOR = 1;
const COUNT = 2;
const HEADER = 4;

/** How big a record is, and where the table and counter live after the records. */
function memoLayout(planner: Planner, capacity: number) {
  const { scenario } = planner;
  let longest = 0;
  for (let turn = 1; turn <= scenario.settings.horizon; turn++) {
    longest = Math.max(longest, planner.decisionReads(turn)?.length ?? scenario.quantities.length);
  }
  const keyWords = Math.max(1, longest * 2);
  const stride = Math.max(1, ...scenario.actors.map((a) => a.actions.length));
  const words = HEADER + 3 * stride + keyWords;
  const recordWords = words + (words % 2);
  let slots = 1;
  while (slots < capacity * 2) slots *= 2;
  const tableAt = capacity * recordWords * 4;
  const takenAt = tableAt + slots * 4;
  return { keyWords, stride, recordWords, slots, tableAt, takenAt, bytes: takenAt + 4 };
}

/** A key's words by the slots it reads: variants share their planners' reads, and a variant's memo opens in microseconds. */
const keyWordsBySlots = new WeakMap<Int32Array, Int32Array>();

/** The state's words (two per quantity) that make a key reading `slots`. */
function keyWordsOf(slots: Int32Array): Int32Array {
  let words = keyWordsBySlots.get(slots);
  if (words === undefined) {
    words = new Int32Array(slots.length * 2);
    for (let i = 0; i < words.length; i++) words[i] = 2 * slots[i >> 1]! + (i & 1);
    keyWordsBySlots.set(slots, words);
  }
  return words;
}

/** One of this thread's memo blocks: its memory, the shape of record laid out in it, and how many layouts it has had. */
interface ThreadBlock {
  readonly memory: ArrayBuffer;
  shape: string;
  generation: number;
}

/** How many blocks a thread keeps: one for each built-in scenario's shape, and one to spare. */
const THREAD_BLOCKS = 6;
/** This thread's memo blocks, the least recently used first. */
const threadBlocks: ThreadBlock[] = [];
let layoutGenerations = 0;

/** Moves a block to the end of the thread's list: the most recently used. */
function touch(block: ThreadBlock): void {
  const at = threadBlocks.indexOf(block);
  if (at >= 0) threadBlocks.splice(at, 1);
  threadBlocks.push(block);
}

/** Lays another shape out in a block, the most recently used now; memos opened at its old layout will `reclaim` it. Returns the new layout's generation. */
function layOut(block: ThreadBlock, shape: string): number {
  block.shape = shape;
  block.generation = ++layoutGenerations;
  touch(block);
  return block.generation;
}

/**
 * This thread's block for a shape of record: its own if it has one; else, once the thread
 * keeps THREAD_BLOCKS, the least recently used one laid out anew (`laid`) if it is big
 * enough, or a new one in its place (memos still open on the dropped one keep it to themselves).
 */
function threadBlockFor(shape: string, bytes: number): { block: ThreadBlock; laid: boolean } {
  let block = threadBlocks.find((b) => b.shape === shape);
  if (block !== undefined) {
    touch(block);
    return { block, laid: false };
  }
  if (threadBlocks.length >= THREAD_BLOCKS) {
    // Only the least recently used block gives way, never one a scenario has just played in.
    const [oldest] = threadBlocks as [ThreadBlock];
    if (oldest.memory.byteLength >= bytes) {
      layOut(oldest, shape);
      return { block: oldest, laid: true };
    }
    threadBlocks.shift();
  }
  block = { memory: new ArrayBuffer(bytes), shape, generation: ++layoutGenerations };
  threadBlocks.push(block);
  return { block, laid: false };
}

/** Tag numbers, by what a turn's decision depends on besides the state; never reused in a thread. */
const tagNumbers = new Map<string, number>();
/** A number per compiled code (`codeOf`: a variant's is its base's). */
const codeNumbers = new WeakMap<object, number>();
let codes = 0;

/**
 * Per turn, a number for the turn and everything its decision depends on besides the
 * quantities it reads: the compiled code, horizon and lookahead, and the weights and
 * rationality of the actors it anticipates (`Planner.decisionActors`).
 */
function decisionTags(planner: Planner): Int32Array {
  const { scenario } = planner;
  const compiled = codeOf(scenario);
  let code = codeNumbers.get(compiled);
  if (code === undefined) codeNumbers.set(compiled, (code = codes++));
  const { horizon, lookahead } = scenario.settings;
  const tags = new Int32Array(horizon + 1);
  for (let turn = 1; turn <= horizon; turn++) {
    let key = `${code} ${horizon} ${lookahead} ${turn}`;
    for (const a of planner.decisionActors(turn)) {
      const actor = scenario.actors[a]!;
      key += `|${actor.rationality}`;
      for (const interest of actor.interests) key += ` ${interest.weight}`;
    }
    let tag = tagNumbers.get(key);
    if (tag === undefined) tagNumbers.set(key, (tag = tagNumbers.size + 1));
    tags[turn] = tag;
  }
  return tags;
}

/** A 32-bit mix of the turn and the key's words of the state (murmur3's multiply-rotate-xor steps). */
function hash(tag: number, state: Int32Array, keyWords: Int32Array): number {
  let h = Math.imul(tag + 1, 0x9e3779b1);
  for (let i = 0; i < keyWords.length; i++) {
    let k = Math.imul(state[keyWords[i]!]!, 0xcc9e2d51);
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

/** Whether the record's key from `at` holds the state's key words. */
function sameKey(words: Int32Array, at: number, state: Int32Array, keyWords: Int32Array): boolean {
  for (let i = 0; i < keyWords.length; i++) if (words[at + i] !== state[keyWords[i]!]) return false;
  return true;
}
