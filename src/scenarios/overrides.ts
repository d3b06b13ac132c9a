import { didYouMeanPath } from './nearest-path.js';
import { OverrideError } from './override-error.js';
import { relationAliases } from './relation-names.js';
import { HORIZON_RANGE, LOOKAHEAD_RANGE, RATIONALITY_RANGE, WEIGHT_RANGE, withinRange } from './setting-ranges.js';
import type { ActorSpec, QuantitySpec, ScenarioSpec } from './spec.js';
import { startRange } from './start-range.js';

/**
 * Changes to a scenario's numbers, PATH → value, as `--set PATH=VALUE` writes them:
 *
 * - `initial.<quantity>`: a starting value (a relation can be named either way round)
 * - `<actor>.<interest>`: the weight of one of an actor's interests
 * - `<actor>.rationality`: that actor's own logit λ (otherwise `decision.rationality`)
 * - `decision.rationality`, `decision.lookahead`, `horizon`
 *
 * Applied to a resolved spec, so a scenario file and a spec built in code take the same
 * overrides. Paths are stored in their canonical spelling.
 */
export type Overrides = Readonly<Record<string, number>>;

/** One path an override may set: its current value and the values it accepts. */
export interface OverrideKey {
  readonly path: string;
  /** The value in the scenario as it stands. */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Only whole numbers are accepted. */
  readonly integer: boolean;
  /** What the number is, in a few words. */
  readonly meaning: string;
}


/** Every path an override may set in this scenario, in a stable order: settings, starting values, then actors. */
export function overrideKeys(spec: ScenarioSpec): OverrideKey[] {
  const keys: OverrideKey[] = [
    { path: 'horizon', value: spec.horizon, ...HORIZON_RANGE, meaning: 'number of turns' },
    { path: 'decision.rationality', value: spec.decision.rationality, ...RATIONALITY_RANGE, meaning: 'logit λ of every actor without its own' },
    { path: 'decision.lookahead', value: spec.decision.lookahead, ...LOOKAHEAD_RANGE, meaning: 'replies a decision anticipates' },
  ];
  for (const q of spec.quantities) {
    const { min, max } = startRange(q);
    keys.push({ path: `initial.${q.id}`, value: q.initial, min, max, integer: q.integer ?? false, meaning: `starting value of ${q.label}` });
  }
  for (const actor of spec.actors) keys.push(...actorKeys(actor, spec.decision.rationality));
  return keys;
}

/** The paths of one actor: `<actor>.rationality`, then a weight per interest. */
export function actorKeys(actor: ActorSpec, rationality: number): OverrideKey[] {
  return [
    { path: `${actor.id}.rationality`, value: actor.rationality ?? rationality, ...RATIONALITY_RANGE, meaning: `${actor.name}'s logit λ` },
    ...actor.interests.map((interest) => ({
      path: `${actor.id}.${interest.id}`,
      value: interest.weight,
      ...WEIGHT_RANGE,
      meaning: `weight of ${actor.name}'s interest: ${interest.label}`,
    })),
  ];
}

/**
 * Where overrides were given, as their errors name it: `--set` for the command line's
 * (parseOverrides marks them), `override` for those given in code.
 */
const GIVEN_AS = Symbol('wargame.overrides.givenAs');

export function givenAs(overrides: Overrides): string {
  return (overrides as { [GIVEN_AS]?: string })[GIVEN_AS] ?? 'override';
}

/** The same overrides, whose errors name them as given with `option` (`--vary PATH`, say). */
export function overridesGivenAs(overrides: Overrides, option: string): Overrides {
  const out: Record<string, number> = { ...overrides };
  Object.defineProperty(out, GIVEN_AS, { value: option });
  return out;
}

/**
 * `PATH=VALUE` texts → Overrides, in the order given. Throws OverrideError for text
 * without `=`, a value that is not a finite number, or a path set twice. Whether the
 * path exists is checked by `applyOverrides`, which knows the scenario; its errors for
 * these overrides name them as `--set PATH`.
 */
export function parseOverrides(texts: readonly string[]): Overrides {
  const out: Record<string, number> = {};
  Object.defineProperty(out, GIVEN_AS, { value: '--set' });
  for (const text of texts) {
    const at = text.indexOf('=');
    if (at < 0) throw new OverrideError(`--set ${text}: expected PATH=VALUE, e.g. iran.rationality=2`);
    const path = text.slice(0, at).trim();
    const value = parseNumber(text.slice(at + 1));
    if (path === '') throw new OverrideError(`--set ${text}: the path before '=' is empty`);
    // JavaScript takes '__proto__' for the object's prototype: it would be dropped unseen.
    if (path === '__proto__') throw new OverrideError(`--set ${text}: '__proto__' is not a path; ${PATHS_HINT}`);
    if (value === undefined) throw new OverrideError(`--set ${text}: '${text.slice(at + 1)}' is not a number a scenario can hold as written`);
    if (Object.hasOwn(out, path)) throw new OverrideError(`--set ${path} is given twice`);
    out[path] = value;
  }
  return out;
}

/**
 * A finite decimal number, or undefined (Number() alone would take '', '0x10' and
 * 'Infinity'). Also undefined for text a double cannot hold as written, so that a value is
 * never used, recorded and echoed as another: a nonzero number that underflows to 0
 * (`1e-400`), or a whole number past 2^53 that would be rounded (`9007199254740993`).
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return undefined;
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return undefined;
  if (n === 0 && /[1-9]/.test(trimmed.replace(/e.*$/i, ''))) return undefined;
  if (/^[-+]?\d+$/.test(trimmed) && !Number.isSafeInteger(n)) return undefined;
  return n;
}

/** A number as a message shows it: -0 as -0, which String() would show as 0. */
function shownNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * The spec with each override applied, in order, and recorded in `spec.overrides` (so it
 * is part of the scenario's hash and of every record). Throws OverrideError for a path
 * the scenario does not have ("did you mean"), or a value outside what the path accepts,
 * naming the path: `override iran.securty: …` (`--set iran.securty: …` for overrides
 * from `parseOverrides`, the command line's).
 */
export function applyOverrides(spec: ScenarioSpec, overrides: Overrides): ScenarioSpec {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return spec;
  const via = givenAs(overrides);
  const keys = keysByPath(spec);
  const applied: Record<string, number> = { ...spec.overrides };
  const values = new Map<string, number>();
  for (const [given, value] of entries) {
    // Most paths come canonical (an experiment's points do): no need to look for another spelling.
    const path = keys.has(given) ? given : canonicalPath(spec, given, via);
    // Two spellings of one relation would otherwise let the later one win unnoticed.
    if (values.has(path)) throw new OverrideError(`${via} ${given}: ${path} is set twice`);
    // A path's range does not depend on the values set before it, so the spec's own keys serve.
    const key = keys.get(path)!;
    // Checked first without a message: building one for every one of a point's values costs more than the rest.
    if (!withinRange(key, value)) checkValue(`${via} ${given}`, value, key);
    values.set(path, value);
    applied[path] = value;
  }
  return { ...setValues(spec, values), overrides: applied };
}

/** The override keys of a spec by path, worked out once per spec (experiments apply hundreds of points to one). */
const keyIndexes = new WeakMap<ScenarioSpec, ReadonlyMap<string, OverrideKey>>();

function keysByPath(spec: ScenarioSpec): ReadonlyMap<string, OverrideKey> {
  let keys = keyIndexes.get(spec);
  if (keys === undefined) keyIndexes.set(spec, (keys = new Map(overrideKeys(spec).map((k) => [k.path, k]))));
  return keys;
}

/**
 * The canonical spelling of a path, or an OverrideError saying what the scenario has
 * instead, its message starting with `via` and the path (`override iran.x: …`).
 */
export function canonicalPath(spec: ScenarioSpec, path: string, via = 'override'): string {
  const dot = path.indexOf('.');
  const head = dot < 0 ? path : path.slice(0, dot);
  const tail = dot < 0 ? '' : path.slice(dot + 1);
  if (path === 'horizon' || path === 'decision.rationality' || path === 'decision.lookahead') return path;
  // A relation may be named either way round, so both spellings are candidates.
  const candidates = (): string[] => [...overrideKeys(spec).map((k) => k.path), ...spec.quantities.flatMap((q) => (q.between ? relationAliases(q.between).map((a) => `initial.${a}`) : []))];
  const nearest = (): string => didYouMeanPath(path, candidates());
  if (head === 'decision') {
    throw new OverrideError(`${via} ${path}: decision has rationality and lookahead${nearest()}; ${PATHS_HINT}`);
  }
  if (head === 'initial') {
    const quantity = spec.quantities.find((q) => q.id === tail || (q.between !== undefined && relationAliases(q.between).includes(tail)));
    if (quantity) return `initial.${quantity.id}`;
    throw new OverrideError(`${via} ${path}: no quantity '${tail}' in '${spec.id}'${nearest()}; ${PATHS_HINT}`);
  }
  const actor = spec.actors.find((a) => a.id === head);
  if (actor === undefined) {
    const actors = spec.actors.map((a) => a.id).join(', ');
    throw new OverrideError(`${via} ${path}: '${head}' is not an actor in '${spec.id}' nor initial, decision or horizon${nearest()}; its actors are ${actors}; ${PATHS_HINT}`);
  }
  if (tail === 'rationality' || actor.interests.some((i) => i.id === tail)) return `${actor.id}.${tail}`;
  const names = ['rationality', ...actor.interests.map((i) => i.id)];
  throw new OverrideError(`${via} ${path}: ${actor.name} has no interest '${tail}'${nearest()}; its keys are ${names.map((n) => `${actor.id}.${n}`).join(', ')}`);
}

/** Where a user finds every path, said in each error for a wrong one. */
export const PATHS_HINT = '`wargame paths <scenario>` lists every path with its value and range';

/** `given` is how the override is named in messages: `--set PATH` or `override PATH`. */
function checkValue(given: string, value: number, key: OverrideKey): void {
  if (!Number.isFinite(value)) throw new OverrideError(`${given}: the value must be a finite number, not ${value}`);
  if (key.integer && !Number.isInteger(value)) throw new OverrideError(`${given}=${shownNumber(value)}: ${key.path} takes a whole number`);
  if (value < key.min || value > key.max) {
    const range = `from ${key.min} to ${key.max}`;
    throw new OverrideError(`${given}=${shownNumber(value)}: ${key.path} (${key.meaning}) must be ${range}`);
  }
}

/** The spec with each canonical path set to its value, in one copy. */
function setValues(spec: ScenarioSpec, values: ReadonlyMap<string, number>): ScenarioSpec {
  const initial = new Map<string, number>();
  const actors = new Map<string, Map<string, number>>();
  let out = spec;
  for (const [path, value] of values) {
    if (path === 'horizon') out = { ...out, horizon: value };
    else if (path === 'decision.rationality') out = { ...out, decision: { ...out.decision, rationality: value } };
    else if (path === 'decision.lookahead') out = { ...out, decision: { ...out.decision, lookahead: value } };
    else {
      const dot = path.indexOf('.');
      const head = path.slice(0, dot);
      const tail = path.slice(dot + 1);
      if (head === 'initial') initial.set(tail, value);
      else {
        let own = actors.get(head);
        if (own === undefined) actors.set(head, (own = new Map()));
        own.set(tail, value);
      }
    }
  }
  if (initial.size > 0) {
    out = { ...out, quantities: out.quantities.map((q): QuantitySpec => (initial.has(q.id) ? { ...q, initial: initial.get(q.id)! } : q)) };
  }
  if (actors.size > 0) {
    out = {
      ...out,
      actors: out.actors.map((actor): ActorSpec => {
        const own = actors.get(actor.id);
        if (own === undefined) return actor;
        const rationality = own.get('rationality');
        const interests = actor.interests.map((i) => (own.has(i.id) ? { ...i, weight: own.get(i.id)! } : i));
        return { ...actor, ...(rationality === undefined ? {} : { rationality }), interests };
      }),
    };
  }
  return out;
}
