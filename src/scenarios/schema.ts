import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { hasUnprintable } from '../text/printable-text.js';
import { HORIZON_RANGE, LOOKAHEAD_RANGE, RATIONALITY_RANGE, type SettingRange, WEIGHT_RANGE } from './setting-ranges.js';

/**
 * Schemas for the three kinds of YAML document: the world, an actor, a scenario.
 * Objects are strict, so a misspelt field is an error rather than silently ignored.
 * Lengths are capped: nothing legitimate comes near them, and hostile files can't
 * make the loader do unbounded work.
 */

type ZodApi = typeof Zod.z;

/** What an id may be: lower_snake_case, at most 48 characters. */
const ID_PATTERN = /^[a-z][a-z0-9_]{0,47}$/;

/** Whether `text` is an id a file may give (a scenario's, an actor's…), checked without loading zod. */
export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/**
 * The schemas, built from zod on first use (`documentSchemas`). zod is loaded then, from its
 * CommonJS build, which can be loaded synchronously where it is needed: a command whose
 * files are all the package's own, unchanged since the build, takes their validated data
 * from the build's snapshot (`yaml-snapshot.ts`) and never loads zod (about 0.1 s of
 * start-up, its 95 ESM modules).
 */
function build(z: ZodApi) {
  const Id = z.string().regex(ID_PATTERN, {
    error: 'ids are lower_snake_case: a letter, then letters, digits or _, at most 48 characters',
  });

  /** A number within one of the shared setting ranges. */
  const Setting = (range: SettingRange) => (range.integer ? z.int() : z.number()).min(range.min).max(range.max);

  const printable = { error: 'must not contain control characters or direction overrides' } as const;
  const Text = (max: number) =>
    z.string().trim().min(1, { error: 'must not be empty' }).max(max).refine((text) => !hasUnprintable(text), printable);

  /**
   * An expression: mathjs text over quantity ids, or a plain number. YAML's true and false
   * are 1 and 0, as they are inside expressions. (The compiler limits the text's length.)
   */
  const Expression = z.union([z.number(), z.boolean().transform((truth) => (truth ? 1 : 0)), z.string()], {
    error: 'expected a number, true or false, or an expression in text',
  });

  const Effects = z.record(z.string(), Expression);

  const Citation = z.strictObject({
    article: z.string().max(200).refine((text) => !hasUnprintable(text), printable),
    quote: z
      .string()
      .min(12, { error: 'quote at least a few words (12 characters)' })
      .max(600)
      .refine((text) => !hasUnprintable(text), printable),
  });

  const Quantity = z.strictObject({
    id: Id,
    label: Text(80),
    unit: Text(40),
    min: z.number(),
    max: z.number(),
    initial: z.number(),
    start: z.strictObject({ min: z.number(), max: z.number() }).optional(),
    integer: z.boolean().optional(),
    meaning: Text(300),
    source: Text(400),
    citation: Citation.optional(),
    between: z.tuple([Id, Id]).optional(),
  });

  const Relation = z.strictObject({
    between: z.tuple([Id, Id]),
    initial: z.number().min(-100).max(100),
    meaning: Text(300),
    citation: Citation,
  });

  const Interest = z.strictObject({
    id: Id,
    label: Text(80),
    weight: z.number().min(WEIGHT_RANGE.min, { error: 'weights are not negative: write the term so that more is worse' }).max(WEIGHT_RANGE.max),
    expression: Expression,
    rationale: Text(400),
    citation: Citation,
  });

  const ChanceOutcome = z.strictObject({
    id: Id,
    label: Text(120),
    probability: Expression,
    effects: Effects.optional(),
  });

  const Action = z.strictObject({
    id: Id,
    label: Text(120),
    when: Expression.optional(),
    effects: Effects.optional(),
    outcomes: z.array(ChanceOutcome).min(1).max(12).optional(),
    /** The actor whose response the chance outcomes stand for: a person at its seat picks the outcome. */
    respondent: Id.optional(),
    citation: Citation,
  });

  // Typed by the interface below, which the public API names: zod checks that what it
  // validates is one.
  const ActorDocument: Zod.ZodType<ActorDocument> = z.strictObject({
    id: Id,
    name: Text(60),
    summary: Text(600),
    /** The actor's own logit λ, where the articles describe it as more (or less) predictable than the rest; with why. */
    rationality: z.strictObject({ value: Setting(RATIONALITY_RANGE), rationale: Text(400) }).optional(),
    interests: z.array(Interest).min(1).max(24),
    actions: z.array(Action).min(1).max(24),
  });

  /** How a unit's values read (see src/presentation/unit-format.ts). */
  const UnitFormat = z.enum(['percent', 'currency', 'rung', 'flag', 'signed', 'number']);

  const WorldDocument = z.strictObject({
    units: z.record(Text(40), UnitFormat).default({}),
    headline: Id.optional(),
    quantities: z.array(Quantity).min(1).max(200),
    relations: z.array(Relation).max(100).default([]),
  });

  /** A rival hypothesis for one of a built-in actor's interests: a new expression for its term. */
  const InterestReplacement = z.strictObject({
    expression: Expression,
    rationale: Text(400).optional(),
  });

  /** A rival hypothesis for one of an actor's actions: any of its precondition, effects, outcomes. */
  const ActionReplacement = z.strictObject({
    when: Expression.optional(),
    effects: Effects.optional(),
    outcomes: z.array(ChanceOutcome).min(1).max(12).optional(),
    rationale: Text(400).optional(),
  });

  /**
   * In a scenario, an actor is named by id, or as `{use: id, weights: {...}}` to reweigh it;
   * `interests` and `actions` replace parts of its definition by id, so an alternative
   * hypothesis needs no copy of the actor.
   */
  const ActorUse = z.preprocess(
    (value) => (typeof value === 'string' ? { use: value } : value),
    z.strictObject({
      use: Id,
      weights: z.record(z.string(), Setting(WEIGHT_RANGE)).optional(),
      interests: z.record(z.string(), InterestReplacement).optional(),
      actions: z.record(z.string(), ActionReplacement).optional(),
    }),
  );

  const Trigger = z.strictObject({
    id: Id,
    label: Text(160),
    effects: Effects,
    citation: Citation.optional(),
  });

  const RandomEvent = z.strictObject({
    id: Id,
    label: Text(160),
    probability: Expression,
    effects: Effects,
    citation: Citation.optional(),
    source: Text(400).optional(),
  });

  /**
   * An event the instructor may inject into a hosted game (`wargame host`): an event's shape
   * without `probability`, since it happens only when injected, whatever the dice say.
   */
  const Inject = RandomEvent.extend({
    // Named so that a probability gets a reason, not only "unknown field"; `refused` keeps it
    // out of the fields an error lists as expected.
    probability: z
      .unknown()
      .refine((value) => value === undefined, 'an inject has no probability: it happens when the instructor injects it (a random event belongs under events:)')
      .optional()
      .meta({ refused: true }),
  });

  const NamedOutcome = z.strictObject({
    id: Id,
    label: Text(160),
    when: Expression,
    check: z.enum(['ever', 'end']).optional(),
  });

  const ScenarioDocument = z.strictObject({
    id: Id,
    title: Text(160),
    brief: Text(4000),
    citations: z.array(Citation).min(1).max(40),
    actors: z.array(ActorUse).min(1).max(16),
    actor_definitions: z.array(ActorDocument).max(16).optional(),
    horizon: Setting(HORIZON_RANGE),
    decision: z.strictObject({
      rationality: Setting(RATIONALITY_RANGE),
      lookahead: Setting(LOOKAHEAD_RANGE),
    }),
    quantities: z.array(Quantity).max(200).optional(),
    initial: z.record(z.string(), z.number()).optional(),
    trigger: Trigger,
    events: z.array(RandomEvent).max(50).optional(),
    injects: z.array(Inject).max(50).optional(),
    outcomes: z.array(NamedOutcome).min(1).max(50),
    /** The quantity the header shows beside the turn; the world's `headline` by default. */
    headline: Id.optional(),
  });

  /**
   * A variation on a built-in scenario: `extends: <id>` and only what differs. Every field
   * given replaces the base's, except `initial`, whose values are merged over the base's.
   */
  const ScenarioVariation = ScenarioDocument.partial().extend({
    id: Id,
    extends: Id,
  });

  return { ActorDocument, UnitFormat, WorldDocument, ScenarioDocument, ScenarioVariation };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

/** The document schemas (zod is loaded on the first call). */
export function documentSchemas(): Schemas {
  built ??= build((createRequire(import.meta.url)('zod') as typeof Zod).z);
  return built;
}

/** The document kinds a file is read as, each with its schema: what the snapshot records validated data under. */
export const DOCUMENT_KINDS = {
  world: (): Zod.ZodType<WorldDocument> => documentSchemas().WorldDocument,
  actor: (): Zod.ZodType<ActorDocument> => documentSchemas().ActorDocument,
  scenario: (): Zod.ZodType<ScenarioDocument> => documentSchemas().ScenarioDocument,
  variation: (): Zod.ZodType<ScenarioVariation> => documentSchemas().ScenarioVariation,
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** The kind a scenario file is read as: a variation if it says `extends`. */
export function scenarioKindFor(data: unknown): 'scenario' | 'variation' {
  const varies = typeof data === 'object' && data !== null && !Array.isArray(data) && 'extends' in data;
  return varies ? 'variation' : 'scenario';
}

export type WorldDocument = Zod.infer<Schemas['WorldDocument']>;
export type UnitFormat = Zod.infer<Schemas['UnitFormat']>;
export type ScenarioVariation = Zod.infer<Schemas['ScenarioVariation']>;

/** An actor as its YAML file (`src/actors/*.yaml`) or a scenario's `actor_definitions` writes it, validated. */
export interface ActorDocument {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  /** The actor's own logit λ, with why, where the articles describe it as more (or less) predictable. */
  readonly rationality?: { readonly value: number; readonly rationale: string } | undefined;
  readonly interests: readonly {
    readonly id: string;
    readonly label: string;
    readonly weight: number;
    readonly expression: string | number;
    readonly rationale: string;
    readonly citation: { readonly article: string; readonly quote: string };
  }[];
  readonly actions: readonly {
    readonly id: string;
    readonly label: string;
    readonly when?: string | number | undefined;
    readonly effects?: Readonly<Record<string, string | number>> | undefined;
    readonly outcomes?:
      | readonly {
          readonly id: string;
          readonly label: string;
          readonly probability: string | number;
          readonly effects?: Readonly<Record<string, string | number>> | undefined;
        }[]
      | undefined;
    /** The actor whose response the chance outcomes stand for. */
    readonly respondent?: string | undefined;
    readonly citation: { readonly article: string; readonly quote: string };
  }[];
}
export type ScenarioDocument = Zod.infer<Schemas['ScenarioDocument']>;
