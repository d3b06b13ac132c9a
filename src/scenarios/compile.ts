import type { Evaluator, Store } from '../engine/expression/whitelist.js';
import { compileExpression, type ExpressionScope } from '../engine/expression/compile-expression.js';
import { ExpressionError } from '../engine/expression/expression-error.js';
import type { KnownParse } from '../engine/expression/expression-tree.js';
import { RunError } from '../engine/run-error.js';
import type {
  Action,
  Actor,
  Bounds,
  ChanceOutcome,
  Effect,
  Formula,
  Inject,
  Interest,
  NamedOutcome,
  Quantity,
  RandomEvent,
  Scenario,
} from '../engine/scenario.js';
import { didYouMean } from '../text/did-you-mean.js';
import { rememberSpec } from './compiled-spec.js';
import { packagedParse } from './expression-snapshot.js';
import { contentHash } from './hash.js';
import { relationAliases } from './relation-names.js';
import { formatPath, type Issue, type Path } from './issue.js';
import { searchSizeIssues } from './search-size.js';
import { describeRange, HORIZON_RANGE, LOOKAHEAD_RANGE, RATIONALITY_RANGE, type SettingRange, WEIGHT_RANGE, withinRange } from './setting-ranges.js';
import type { ActionSpec, ActorSpec, Effects, Expression, QuantitySpec, ScenarioSpec } from './spec.js';

export interface CompileOptions {
  /** Says where a spec path was written, for run-time error messages. Defaults to the path. */
  readonly origin?: (path: Path) => string;
  /**
   * Whether to check the search's size against its cap (the default). A batch's worker
   * threads skip it: they compile a spec the batch's own thread has already checked.
   */
  readonly checkSearchSize?: boolean;
  /**
   * Ask `origin` only when a formula's origin is read (a run-time error), not while
   * compiling: locating means parsing the file's positions, which a run that goes well
   * never needs. Off by default: a spec built in code is placed by its path, at no cost.
   */
  readonly lazyOrigins?: boolean;
  /**
   * Parses known without mathjs: by default the package's snapshot of its own expressions
   * (`expression-snapshot.ts`); any other text is parsed by mathjs.
   */
  readonly knownParse?: KnownParse;
}

export type CompileResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: Issue[] };

/**
 * Checks a resolved scenario and compiles every expression in it, once. Collects every
 * problem rather than stopping at the first, each at its path in the spec.
 */
export function compileSpec(spec: ScenarioSpec, options: CompileOptions = {}): CompileResult {
  const compiler = new SpecCompiler(spec, options.origin ?? formatPath, options.checkSearchSize ?? true, options.lazyOrigins ?? false, options.knownParse ?? packagedParse);
  const scenario = compiler.compile();
  if (compiler.issues.length > 0) return { ok: false, issues: compiler.issues };
  rememberSpec(scenario, spec);
  return { ok: true, scenario };
}

const NEVER: Evaluator = () => 0;

/**
 * The largest magnitude an interest term may take. A weight (at most 100) times a term,
 * summed over an actor's interests and scaled by rationality in the logit, must stay
 * finite: past about 1e306 it becomes ±Infinity and the choice probabilities NaN. Terms
 * are meant to stay near [-1, 1], so 1e12 refuses only a model that has gone wrong.
 */
export const MAX_TERM_MAGNITUDE = 1e12;

const outOfBounds = `an interest term must stay within ±${MAX_TERM_MAGNITUDE.toExponential()}, or weighted and summed it can overflow`;

class SpecCompiler {
  readonly issues: Issue[] = [];
  private readonly slots = new Map<string, number>();
  private readonly scope: ExpressionScope;

  constructor(
    private readonly spec: ScenarioSpec,
    private readonly origin: (path: Path) => string,
    private readonly checkSearchSize: boolean,
    private readonly lazyOrigins: boolean,
    private readonly knownParse: KnownParse,
  ) {
    const names: string[] = [];
    this.scope = { slotOf: (name) => this.slots.get(name), names };
    spec.quantities.forEach((q, slot) => {
      this.bind(q.id, slot, ['quantities', slot, 'id']);
      names.push(q.id);
      if (q.between) {
        for (const alias of relationAliases(q.between)) {
          if (alias !== q.id) this.bind(alias, slot, ['quantities', slot, 'between']);
        }
      }
    });
  }

  compile(): Scenario {
    const { spec } = this;
    const quantities = spec.quantities.map((q, slot) => this.quantity(q, slot));
    const bounds: Bounds = {
      min: Float64Array.from(quantities, (q) => q.min),
      max: Float64Array.from(quantities, (q) => q.max),
      integer: Uint8Array.from(quantities, (q) => (q.integer ? 1 : 0)),
    };
    this.unique(spec.actors, ['actors'], 'actor');
    this.unique(spec.events, ['events'], 'event');
    this.unique(spec.injects ?? [], ['injects'], 'inject');
    this.injectsApart();
    this.unique(spec.outcomes, ['outcomes'], 'outcome');
    this.distinctColumns();
    if (spec.headline !== undefined && !spec.quantities.some((q) => q.id === spec.headline)) {
      this.issue(['headline'], `unknown quantity '${spec.headline}'${didYouMean(spec.headline, spec.quantities.map((q) => q.id))}`);
    }
    this.settings();
    // The search's size is counted from the compiled formulas (each parsed once, here), and
    // reported where it always was: after the settings, before the actors' problems.
    const sizeAt = this.issues.length;
    const scenario: Scenario = {
      id: spec.id,
      title: spec.title,
      brief: spec.brief,
      hash: contentHash(spec),
      quantities,
      bounds,
      initial: Float64Array.from(spec.quantities, (q) => q.initial),
      actors: spec.actors.map((a, i) => this.actor(a, ['actors', i])),
      trigger: {
        id: spec.trigger.id,
        label: spec.trigger.label,
        effect: this.effect(spec.trigger.effects, ['trigger', 'effects']),
      },
      events: spec.events.map((e, i): RandomEvent => ({
        id: e.id,
        label: e.label,
        probability: this.probability(e.probability, ['events', i, 'probability']),
        effect: this.effect(e.effects, ['events', i, 'effects']),
      })),
      injects: (spec.injects ?? []).map((e, i): Inject => ({
        id: e.id,
        label: e.label,
        effect: this.effect(e.effects, ['injects', i, 'effects']),
      })),
      outcomes: spec.outcomes.map((o, i): NamedOutcome => ({
        id: o.id,
        label: o.label,
        condition: this.formula(o.when, ['outcomes', i, 'when']),
        check: o.check ?? 'ever',
      })),
      settings: { horizon: spec.horizon, rationality: spec.decision.rationality, lookahead: spec.decision.lookahead },
      overrides: { ...spec.overrides },
      headline: spec.headline,
    };
    if (this.checkSearchSize) this.issues.splice(sizeAt, 0, ...searchSizeIssues(scenario));
    return scenario;
  }

  private bind(name: string, slot: number, path: Path): void {
    const existing = this.slots.get(name);
    if (existing !== undefined && existing !== slot) {
      this.issue(path, `the name '${name}' is already used by quantity '${this.spec.quantities[existing]!.id}'`);
      return;
    }
    this.slots.set(name, slot);
  }

  private quantity(q: QuantitySpec, slot: number): Quantity {
    const path: Path = ['quantities', slot];
    const finite = [q.min, q.max, q.initial].every(Number.isFinite);
    if (!finite) this.issue(path, `quantity '${q.id}' needs finite min, max and initial values`);
    else if (!(q.min < q.max)) this.issue([...path, 'max'], `max (${q.max}) must be greater than min (${q.min})`);
    else if (q.initial < q.min || q.initial > q.max) {
      this.issue([...path, 'initial'], `initial value ${q.initial} is outside ${q.id}'s range [${q.min}, ${q.max}]`);
    } else if (q.start && !(q.min <= q.start.min && q.start.min <= q.start.max && q.start.max <= q.max)) {
      this.issue([...path, 'start'], `start range [${q.start.min}, ${q.start.max}] must lie within ${q.id}'s range [${q.min}, ${q.max}]`);
    } else if (q.start && (q.initial < q.start.min || q.initial > q.start.max)) {
      this.issue([...path, 'initial'], `initial value ${q.initial} is outside ${q.id}'s start range [${q.start.min}, ${q.start.max}]`);
    } else if (q.integer && !Number.isInteger(q.initial)) {
      this.issue([...path, 'initial'], `${q.id} is an integer quantity; ${q.initial} is not a whole number`);
    }
    return {
      id: q.id,
      slot,
      label: q.label,
      unit: q.unit,
      min: q.min,
      max: q.max,
      integer: q.integer ?? false,
      meaning: q.meaning,
      source: q.source,
      between: q.between ? [q.between[0], q.between[1]] : undefined,
    };
  }

  private actor(spec: ActorSpec, path: Path): Actor {
    this.unique(spec.interests, [...path, 'interests'], 'interest');
    this.unique(spec.actions, [...path, 'actions'], 'action');
    return {
      id: spec.id,
      name: spec.name,
      summary: spec.summary,
      interests: spec.interests.map((interest, k): Interest => {
        const at: Path = [...path, 'interests', k];
        this.setting([...at, 'weight'], 'weight', WEIGHT_RANGE, interest.weight);
        return {
          id: interest.id,
          label: interest.label,
          weight: interest.weight,
          term: this.term(interest.expression, [...at, 'expression']),
          rationale: interest.rationale,
          citation: interest.citation,
        };
      }),
      actions: spec.actions.map((action, k) => this.action(action, [...path, 'actions', k])),
      rationality: this.rationality(spec, path),
    };
  }

  private rationality(spec: ActorSpec, path: Path): number {
    const own = spec.rationality;
    if (own === undefined) return this.spec.decision.rationality;
    this.setting([...path, 'rationality'], 'rationality', RATIONALITY_RANGE, own);
    return own;
  }

  private action(spec: ActionSpec, path: Path): Action {
    const declared = spec.outcomes ?? [];
    this.unique(declared, [...path, 'outcomes'], 'chance outcome');
    this.checkProbabilities(spec, path);
    const outcomes: ChanceOutcome[] =
      declared.length === 0
        ? [{ id: '', label: '', probability: 'rest', effect: this.effect(undefined, path) }]
        : declared.map((o, k): ChanceOutcome => {
            const at: Path = [...path, 'outcomes', k];
            return {
              id: o.id,
              label: o.label,
              probability: o.probability === 'rest' ? 'rest' : this.formula(o.probability, [...at, 'probability']),
              effect: this.effect(o.effects, [...at, 'effects']),
            };
          });
    return {
      id: spec.id,
      label: spec.label,
      citation: spec.citation,
      precondition: spec.when === undefined ? undefined : this.formula(spec.when, [...path, 'when']),
      effect: this.effect(spec.effects, [...path, 'effects']),
      outcomes,
      respondent: this.respondent(spec, path),
    };
  }

  /**
   * The actor an action's chance outcomes answer for. Built-in actors are shared by
   * scenarios that do not all include one another, so a respondent who does not take
   * part leaves the dice to decide; one without outcomes to choose between is a mistake.
   */
  private respondent(spec: ActionSpec, path: Path): number | undefined {
    if (spec.respondent === undefined) return undefined;
    if ((spec.outcomes ?? []).length < 2) {
      this.issue([...path, 'respondent'], `a respondent needs at least two chance outcomes to choose between`);
      return undefined;
    }
    const index = this.spec.actors.findIndex((a) => a.id === spec.respondent);
    return index < 0 ? undefined : index;
  }

  /** At most one `rest`; constant probabilities in [0, 1] that can sum to 1. */
  private checkProbabilities(spec: ActionSpec, path: Path): void {
    const outcomes = spec.outcomes ?? [];
    const rests = outcomes.filter((o) => o.probability === 'rest').length;
    if (rests > 1) this.issue([...path, 'outcomes'], `only one chance outcome may have probability 'rest'`);
    const constants = outcomes.map((o) => o.probability).filter((p): p is number => typeof p === 'number');
    outcomes.forEach((o, k) => {
      if (o.probability !== 'rest') this.checkProbability(o.probability, [...path, 'outcomes', k, 'probability']);
    });
    if (outcomes.length === 0 || constants.length !== outcomes.length - rests) return;
    const sum = constants.reduce((a, b) => a + b, 0);
    if (rests === 0 && Math.abs(sum - 1) > 1e-9) {
      this.issue([...path, 'outcomes'], `the chance outcomes' probabilities sum to ${sum}, not 1 (or give one 'rest')`);
    } else if (rests === 1 && sum > 1 + 1e-9) {
      this.issue([...path, 'outcomes'], `the chance outcomes' probabilities sum to ${sum}, leaving nothing for 'rest'`);
    }
  }

  private probability(expression: Expression, path: Path): Formula {
    this.checkProbability(expression, path);
    return this.formula(expression, path);
  }

  /** A number written as a probability must be one; an expression is clamped to [0, 1] at run time. */
  private checkProbability(expression: Expression, path: Path): void {
    if (typeof expression === 'number' && (expression < 0 || expression > 1)) {
      this.issue(path, `probability ${expression} is outside [0, 1]`);
    }
  }

  private effect(effects: Effects | undefined, path: Path): Effect {
    const slots: number[] = [];
    const formulas: Formula[] = [];
    for (const [name, expression] of Object.entries(effects ?? {})) {
      const slot = this.slots.get(name);
      if (slot === undefined) {
        this.issue(path, `effect on unknown quantity '${name}'`, { key: name });
        continue;
      }
      if (slots.includes(slot)) {
        this.issue(path, `'${name}' is changed twice in one effect (it names the same quantity as another key)`, { key: name });
        continue;
      }
      slots.push(slot);
      formulas.push(this.formula(expression, [...path, name]));
    }
    return { slots: Int32Array.from(slots), formulas };
  }

  private formula(expression: Expression, path: Path): Formula {
    const origin = this.originOf(path);
    try {
      const compiled = compileExpression(expression, this.scope, this.knownParse);
      return origin({ evaluate: compiled.evaluate, store: compiled.store, source: compiled.source, reads: compiled.reads, cost: compiled.cost, code: compiled.code });
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      this.issue(path, error.message, { offset: error.offset });
      return origin({ evaluate: NEVER, source: String(expression) });
    }
  }

  /** Gives a formula's fields their `origin`: asked now, or on first read with lazyOrigins. */
  private originOf(path: Path): <T extends object>(fields: T) => T & { readonly origin: string } {
    if (!this.lazyOrigins) {
      const origin = this.origin(path);
      return (fields) => ({ ...fields, origin });
    }
    let origin: string | undefined;
    const get = (): string => (origin ??= this.origin(path));
    return (fields) => Object.defineProperty(fields, 'origin', { get, enumerable: true }) as typeof fields & { readonly origin: string };
  }

  /**
   * An interest term, refused at load when it is already out of bounds at the initial
   * state, and guarded at run time: a term out of bounds is a RunError where it was
   * written, not an infinite utility and NaN probabilities.
   */
  private term(expression: Expression, path: Path): Formula {
    const formula = this.formula(expression, path);
    const initial = Float64Array.from(this.spec.quantities, (q) => q.initial);
    const atStart = formula.evaluate(initial);
    if (Math.abs(atStart) > MAX_TERM_MAGNITUDE) {
      this.issue(path, `this term is ${atStart} at the initial state; ${outOfBounds}`);
    }
    const { evaluate, store, source, reads, cost, code } = formula;
    // NaN passes through, for the engine's own "evaluated to NaN" report.
    const check = (value: number): void => {
      if (value > MAX_TERM_MAGNITUDE || value < -MAX_TERM_MAGNITUDE) {
        throw new RunError(`'${source}' evaluated to ${value}; ${outOfBounds}`, formula.origin);
      }
    };
    const bounded: Evaluator = (state) => {
      const value = evaluate(state);
      check(value);
      return value;
    };
    // The guard keeps the formula's `store` and `reads`: the planner's hot loop needs both.
    const boundedStore: Store | undefined =
      store === undefined
        ? undefined
        : (state, out, at) => {
            store(state, out, at);
            check(out[at]!);
          };
    const fields = {
      evaluate: bounded,
      source,
      ...(boundedStore === undefined ? {} : { store: boundedStore }),
      ...(reads === undefined ? {} : { reads }),
      ...(cost === undefined ? {} : { cost }),
      ...(code === undefined ? {} : { code, limit: MAX_TERM_MAGNITUDE }),
    };
    // The term's origin is the formula's, asked no sooner.
    return this.lazyOrigins
      ? Object.defineProperty(fields, 'origin', { get: () => formula.origin, enumerable: true }) as typeof fields & { readonly origin: string }
      : { ...fields, origin: formula.origin };
  }

  private unique(items: readonly { id: string }[], path: Path, what: string): void {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) this.issue([...path, i, 'id'], `duplicate ${what} id '${item.id}'`);
      seen.add(item.id);
    });
  }

  /** An instructor names an event or an inject by its id alone, so the two share one set of ids. */
  private injectsApart(): void {
    const events = new Set(this.spec.events.map((e) => e.id));
    (this.spec.injects ?? []).forEach((inject, i) => {
      if (events.has(inject.id)) this.issue(['injects', i, 'id'], `'${inject.id}' is already an event's id; an inject needs an id of its own`);
    });
  }

  /**
   * A batch's rows have a column per outcome, per outcome's turn and per quantity, beside
   * `run` and `seed`, all named by id: two with one name would be one column to pandas or
   * R, which drop or rename one of them without a word.
   */
  private distinctColumns(): void {
    const taken = new Map<string, string>([['run', 'the run index'], ['seed', "the run's seed"]]);
    this.spec.quantities.forEach((q, i) => {
      const owner = taken.get(q.id);
      if (owner === undefined) taken.set(q.id, `quantity '${q.id}'`);
      else if (!owner.startsWith('quantity')) this.issue(['quantities', i, 'id'], `quantity id '${q.id}' is also the column of ${owner} in a batch's rows; give the quantity another id`);
    });
    const turns = new Map(this.spec.outcomes.map((o) => [`${o.id}_turn`, o.id]));
    this.spec.outcomes.forEach((o, i) => {
      const owner = taken.get(o.id) ?? (turns.has(o.id) ? `the turn of outcome '${turns.get(o.id)}'` : undefined);
      const turn = taken.get(`${o.id}_turn`);
      if (owner !== undefined) {
        this.issue(['outcomes', i, 'id'], `outcome id '${o.id}' is also the column of ${owner} in a batch's rows; give the outcome another id`);
      } else if (turn !== undefined) {
        this.issue(['outcomes', i, 'id'], `outcome '${o.id}' has a turn column '${o.id}_turn' in a batch's rows, which is also the column of ${turn}; give the outcome another id`);
      }
    });
  }

  private settings(): void {
    const { horizon, decision } = this.spec;
    this.setting(['horizon'], 'horizon', HORIZON_RANGE, horizon);
    this.setting(['decision', 'rationality'], 'rationality', RATIONALITY_RANGE, decision.rationality);
    this.setting(['decision', 'lookahead'], 'lookahead', LOOKAHEAD_RANGE, decision.lookahead);
  }

  /** The same ranges the file schema and `--set` keep to (setting-ranges.ts). */
  private setting(path: Path, name: string, range: SettingRange, value: number): void {
    if (!withinRange(range, value)) this.issue(path, `${name} must be ${describeRange(range)}, not ${value}`);
  }

  private issue(path: Path, message: string, extra: { offset?: number | undefined; key?: string } = {}): void {
    this.issues.push({ path, message, ...extra });
  }
}
