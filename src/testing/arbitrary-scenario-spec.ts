import fc from 'fast-check';
import { stringify } from 'yaml';
import { builtInActors } from '../scenarios/library-files.js';
import { HORIZON_RANGE, LOOKAHEAD_RANGE } from '../scenarios/setting-ranges.js';
import { arbitraryInRange } from './arbitrary-in-range.js';
import { printedAs } from './printed-as.js';
import type {
  ActionSpec,
  ActorSpec,
  ChanceOutcomeSpec,
  CitationSpec,
  EventSpec,
  InterestSpec,
  OutcomeSpec,
  QuantitySpec,
  ScenarioSpec,
} from '../scenarios/spec.js';

export interface ScenarioSpecConstraints {
  /** Most quantities in the world, 1 to 100 (default 5). */
  readonly maxQuantities?: number;
  /** Most actors taking part, 1 to 20 (default 4). */
  readonly maxActors?: number;
  /** Longest horizon in turns, 1 to 500 (default 12). */
  readonly maxHorizon?: number;
  /** Deepest lookahead, 0 to 3 (default 2). */
  readonly maxLookahead?: number;
}

/** The constraints with their defaults, each checked: a RangeError names the one out of range. */
function checkedConstraints(constraints: ScenarioSpecConstraints): Required<ScenarioSpecConstraints> {
  const whole = (name: keyof ScenarioSpecConstraints, fallback: number, min: number, max: number): number => {
    const value = constraints[name] ?? fallback;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new RangeError(`arbitraryScenarioSpec: ${name} should be a whole number from ${min} to ${max}, not ${value}`);
    }
    return value;
  };
  return {
    maxQuantities: whole('maxQuantities', 5, 1, 100),
    maxActors: whole('maxActors', 4, 1, 20),
    maxHorizon: whole('maxHorizon', 12, HORIZON_RANGE.min, HORIZON_RANGE.max),
    maxLookahead: whole('maxLookahead', 2, LOOKAHEAD_RANGE.min, LOOKAHEAD_RANGE.max),
  };
}

/**
 * Random valid scenarios, as plain specs that `compileScenario` accepts: random bounded
 * quantities, actors whose interests and effects are random expressions over them,
 * preconditions, chance outcomes (some with a `rest`), random events and named outcomes.
 * Expressions stay finite over every state within bounds. Citations are real passages
 * from the built-in actors, so the specs pass the citation check too. A counterexample
 * prints as YAML. Throws a RangeError for constraints out of range.
 */
export function arbitraryScenarioSpec(constraints: ScenarioSpecConstraints = {}): fc.Arbitrary<ScenarioSpec> {
  const checked = checkedConstraints(constraints);
  return fc
    .array(quantity(), { minLength: 1, maxLength: checked.maxQuantities })
    .map((qs) => qs.map((q, i) => ({ ...q, id: `q${i}` })))
    .chain((quantities) => scenario(quantities, checked))
    .map((spec) => printedAs(spec, () => specText(spec)));
}

/** A spec as the YAML a scenario file would hold (fields in the spec's order). */
export function specText(spec: ScenarioSpec): string {
  return `\n${stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false }).trimEnd()}\n`;
}

function quantity(): fc.Arbitrary<QuantitySpec> {
  return fc
    .record({
      min: fc.integer({ min: -100, max: 100 }),
      span: fc.integer({ min: 1, max: 200 }),
      at: arbitraryInRange(0, 1),
      integer: fc.boolean(),
    })
    .map(({ min, span, at, integer }) => {
      const raw = min + at * span;
      return {
        id: 'q',
        label: 'A quantity',
        unit: 'units',
        min,
        max: min + span,
        initial: integer ? Math.round(raw) : raw,
        integer,
        meaning: 'A generated quantity.',
        source: 'Generated for a property test.',
      };
    });
}

function scenario(quantities: QuantitySpec[], constraints: Required<ScenarioSpecConstraints>): fc.Arbitrary<ScenarioSpec> {
  return fc
    .record({
      actors: fc.array(actor(quantities), { minLength: 1, maxLength: constraints.maxActors }),
      horizon: fc.integer({ min: 1, max: constraints.maxHorizon }),
      rationality: arbitraryInRange(0, 20),
      lookahead: fc.integer({ min: 0, max: constraints.maxLookahead }),
      trigger: effects(quantities),
      events: fc.array(event(quantities), { maxLength: 2 }),
      outcomes: fc.array(outcome(quantities), { minLength: 1, maxLength: 3 }),
      citation: citation(),
    })
    .map((r) => ({
      id: 'generated',
      title: 'A generated scenario',
      brief: 'Generated for a property test.',
      citations: [r.citation],
      quantities,
      actors: r.actors.map((a, i) => ({ ...a, id: `actor${i}`, name: `Actor ${i}` })),
      horizon: r.horizon,
      decision: { rationality: r.rationality, lookahead: r.lookahead },
      trigger: { id: 'trigger', label: 'The trigger', effects: r.trigger },
      events: r.events.map((e, i) => ({ ...e, id: `event${i}` })),
      outcomes: r.outcomes.map((o, i) => ({ ...o, id: `outcome${i}` })),
    }));
}

function actor(quantities: QuantitySpec[]): fc.Arbitrary<ActorSpec> {
  return fc
    .record({
      interests: fc.array(interest(quantities), { minLength: 1, maxLength: 3 }),
      actions: fc.array(action(quantities), { minLength: 1, maxLength: 4 }),
      // Mostly the scenario's λ; sometimes the actor's own, as `<actor>.rationality` sets.
      rationality: fc.option(arbitraryInRange(0, 20), { nil: undefined, freq: 3 }),
    })
    .map(({ interests, actions, rationality }) => ({
      id: 'actor',
      name: 'Actor',
      summary: 'A generated actor.',
      interests: interests.map((x, i) => ({ ...x, id: `interest${i}` })),
      actions: actions.map((x, i) => ({ ...x, id: `action${i}` })),
      ...(rationality === undefined ? {} : { rationality }),
    }));
}

function interest(quantities: QuantitySpec[]): fc.Arbitrary<InterestSpec> {
  return fc
    .record({ weight: arbitraryInRange(0, 5), expression: term(quantities), citation: citation() })
    .map((r) => ({ id: 'interest', label: 'An interest', rationale: 'Generated.', ...r }));
}

/** A finite expression over the quantities: a scaled quantity, a difference, or a bounded shape. */
function term(quantities: QuantitySpec[]): fc.Arbitrary<string> {
  const q = fc.constantFrom(...quantities);
  const scale = (x: QuantitySpec): number => Math.max(1, x.max - x.min);
  return fc.oneof(
    fc.tuple(q, fc.constantFrom(1, -1)).map(([x, s]) => `${s} * (${x.id} - ${x.min}) / ${scale(x)}`),
    fc.tuple(q, q).map(([a, b]) => `(${a.id} - ${b.id}) / ${scale(a) + scale(b)}`),
    q.chain((x) => level(x).map((c) => `-abs(${x.id} - ${c}) / ${scale(x)}`)),
    q.chain((x) => level(x).map((c) => `(${x.id} > ${c}) ? 1 : -1`)),
  );
}

function effects(quantities: QuantitySpec[]): fc.Arbitrary<Record<string, string>> {
  const one = fc.tuple(
    fc.constantFrom(...quantities),
    fc.integer({ min: -50, max: 50 }),
    fc.constantFrom('add', 'scale', 'floor', 'set'),
  );
  return fc.uniqueArray(one, { maxLength: 3, selector: ([q]) => q.id }).map((changes) =>
    Object.fromEntries(
      changes.map(([q, c, kind]) => {
        switch (kind) {
          case 'add':
            return [q.id, `${q.id} + ${c}`];
          case 'scale':
            return [q.id, `${q.id} * ${(c / 50 + 1).toFixed(2)}`];
          case 'floor':
            return [q.id, `max(${q.id}, ${c})`];
          default:
            return [q.id, `${c}`];
        }
      }),
    ),
  );
}

function action(quantities: QuantitySpec[]): fc.Arbitrary<ActionSpec> {
  return fc
    .record(
      {
        when: fc.tuple(comparedLevel(quantities), fc.constantFrom('<', '>=')).map(([[q, c], op]) => `${q.id} ${op} ${c}`),
        effects: effects(quantities),
        outcomes: chanceOutcomes(quantities),
        citation: citation(),
      },
      { requiredKeys: ['citation', 'effects'] },
    )
    .map((r) => ({ id: 'action', label: 'An action', ...r }));
}

/**
 * Two to three outcomes whose probabilities sum to 1; in half the cases the last is `rest`,
 * and then the others may scale with a quantity (still summing to at most 1 in bounds).
 */
function chanceOutcomes(quantities: QuantitySpec[]): fc.Arbitrary<ChanceOutcomeSpec[]> {
  return fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 2, maxLength: 3 }),
      fc.boolean(),
      fc.array(effects(quantities), { minLength: 3, maxLength: 3 }),
      fc.option(fc.constantFrom(...quantities), { nil: undefined }),
    )
    .map(([weights, useRest, outcomeEffects, scaledBy]) => {
      const total = weights.reduce((a, b) => a + b, 0) || 1;
      const last = weights.length - 1;
      let assigned = 0;
      return weights.map((w, i): ChanceOutcomeSpec => {
        const share = i < last ? w / total : Math.max(0, 1 - assigned);
        assigned += share;
        let probability: ChanceOutcomeSpec['probability'] = share;
        if (useRest && i === last) probability = 'rest';
        else if (useRest && scaledBy !== undefined) {
          probability = `${share} * (${scaledBy.id} - (${scaledBy.min})) / ${Math.max(1, scaledBy.max - scaledBy.min)}`;
        }
        return { id: `outcome${i}`, label: `Outcome ${i}`, probability, effects: outcomeEffects[i]! };
      });
    });
}

function event(quantities: QuantitySpec[]): fc.Arbitrary<EventSpec> {
  return fc
    .record({ probability: arbitraryInRange(0, 1), effects: effects(quantities) })
    .map((r) => ({ id: 'event', label: 'An event', source: 'Generated.', ...r }));
}

function outcome(quantities: QuantitySpec[]): fc.Arbitrary<OutcomeSpec> {
  return fc
    .record({ qc: comparedLevel(quantities), check: fc.constantFrom('ever' as const, 'end' as const) })
    .map(({ qc: [q, c], check }) => ({ id: 'outcome', label: 'An outcome', when: `${q.id} >= ${c}`, check }));
}

/** One of the quantities and a level to compare it with (see `level`). */
function comparedLevel(quantities: QuantitySpec[]): fc.Arbitrary<readonly [QuantitySpec, number]> {
  return fc.constantFrom(...quantities).chain((q) => fc.tuple(fc.constant(q), level(q)));
}

/**
 * A whole-number level to compare a quantity with: inside its range four times in five, so
 * that a condition on it can go either way in a run, and anywhere quantities may lie
 * otherwise (a condition that always or never holds). Drawn from the widest range alone,
 * most conditions were settled before the run began: an outcome held in all runs or none.
 */
function level(q: QuantitySpec): fc.Arbitrary<number> {
  const inside = fc.integer({ min: Math.ceil(q.min), max: Math.floor(q.max) });
  return fc.oneof({ arbitrary: inside, weight: 4 }, { arbitrary: fc.integer({ min: -100, max: 300 }), weight: 1 });
}

let citations: CitationSpec[] | undefined;

/** A real citation taken from the built-in actors, so generated specs pass the citation check. */
function citation(): fc.Arbitrary<CitationSpec> {
  citations ??= builtInActors().flatMap((a) => a.interests.map((i) => i.citation));
  return fc.constantFrom(...citations);
}
