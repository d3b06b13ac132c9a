import { fc, test as property } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type InstructorOrder, NO_ORDERS, withOrder } from '../../src/records/instructor-orders.js';
import { replayRun } from '../../src/records/replay.js';
import { chooseForSeat, giveOrder, modelPlaysSeat, openSeatedRun, seatedRecord, type SeatedRun } from '../../src/records/seated-run.js';
import { parseRunRecord } from '../../src/records/parse-run-record.js';
import { loadScenario } from '../../src/scenarios/load.js';

const drill = loadScenario(new URL('../classroom/fixtures/hormuz-drill.yaml', import.meta.url).pathname);

/** Every order the console offers for the drill: each event fired or held back, each inject, each chance outcome, and withdraw. */
const ORDERS: InstructorOrder[] = [
  ...drill.events.flatMap((e) => [true, false].map((fires) => ({ kind: 'event', event: e.id, fires }) as const)),
  ...drill.injects.map((e) => ({ kind: 'inject', inject: e.id }) as const),
  ...drill.actors.flatMap((a) =>
    a.actions.filter((x) => x.outcomes.length > 1).flatMap((x) => x.outcomes.map((o) => ({ kind: 'outcome', actor: a.id, action: x.id, outcome: o.id }) as const)),
  ),
  { kind: 'withdraw' },
];

/** A step of a class: the instructor gives an order, or the awaited seat plays one of what it is offered. */
const step = fc.oneof(
  fc.nat({ max: ORDERS.length - 1 }).map((i) => ({ order: ORDERS[i]! })),
  fc.nat().map((pick) => ({ pick })),
);

/** What the seat that is awaited may play: its options, or the outcomes of the move it answers. */
function offered(seated: SeatedRun): string[] {
  const { pending } = seated;
  if (pending === undefined) return [];
  return pending.response ? pending.response.outcomes.map((o) => o.id) : pending.options.map((o) => o.action);
}

describe("a seated run with the instructor's orders", () => {
  property.prop([fc.subarray(['iran', 'usa', 'russia', 'china'], { minLength: 1 }), fc.nat({ max: 1000 }), fc.array(step, { maxLength: 30 })], { numRuns: 40 })(
    'plays each order at the turn it fits, and its record replays byte for byte',
    (seats, seed, steps) => {
      let seated = openSeatedRun(drill, seed, seats);
      for (const s of steps) {
        if ('order' in s) {
          const next = giveOrder(seated, s.order);
          if ('ok' in next) {
            // Only a finished run refuses an order the scenario has.
            expect(next.error).toBe('run-finished');
            continue;
          }
          const before = seated.turns.length;
          seated = next;
          expect(seated.turns.length).toBe(before);
        } else if (seated.pending !== undefined) {
          const options = offered(seated);
          const injects = seated.orders?.injects ?? [];
          const played = seated.turns.length;
          const next = chooseForSeat(seated, options[s.pick % options.length]!);
          if ('ok' in next) throw new Error(next.message);
          // The injects waiting were applied at the first turn played, whoever played it (a move
          // a seated respondent is to answer plays no turn yet, and keeps them waiting).
          if (next.turns.length > played) expect(next.turns[played]!.instructor?.injects ?? []).toEqual(injects);
          else expect(next.orders?.injects ?? []).toEqual(injects);
          seated = next;
        }
      }
      while (seated.pending !== undefined) {
        const next = modelPlaysSeat(seated);
        if ('ok' in next) throw new Error(next.message);
        seated = next;
      }
      const text = JSON.stringify(seatedRecord(seated));
      expect(JSON.stringify(replayRun(drill, parseRunRecord(text)))).toBe(text);
    },
  );

  property.prop([fc.array(fc.nat({ max: ORDERS.length - 1 }), { maxLength: 12 })])(
    'keeps one order per event and per action, the latest, and withdraw clears them all',
    (picks) => {
      let orders = NO_ORDERS;
      for (const i of picks) {
        const next = withOrder(drill, orders, ORDERS[i]!);
        if ('ok' in next) throw new Error(next.message);
        orders = next;
      }
      expect(new Set(orders.events.map((e) => e.event)).size).toBe(orders.events.length);
      expect(new Set(orders.outcomes.map((o) => `${o.actor}:${o.action}`)).size).toBe(orders.outcomes.length);
      expect(new Set(orders.injects).size).toBe(orders.injects.length);
      const last = picks.at(-1);
      if (last !== undefined && ORDERS[last]!.kind === 'withdraw') expect(orders).toEqual(NO_ORDERS);
    },
  );
});
