import type { Effect, Formula, Quantity, Scenario } from '../engine/scenario.js';
import { builtInLibrary } from './library-files.js';
import { relationAliases } from './relation-names.js';

/**
 * Quantities that cannot change any run's choices or counted outcomes: no interest term,
 * precondition, probability or outcome reads them, directly or through an effect on a
 * quantity that is read. Changing such a quantity's starting value changes nothing, so
 * an analyst who overrides one is told (see `inertOverrides`).
 */
export function inertQuantities(scenario: Scenario): Quantity[] {
  // What each formula reads was found when it was compiled; one whose reads are unknown may read anything.
  const everything = scenario.quantities.map((q) => q.slot);
  const reads = (formula: Formula): readonly number[] => (formula.reads === undefined ? everything : Array.from(formula.reads));

  const live = new Set<number>();
  const edges: { target: number; sources: readonly number[] }[] = [];
  const addEffect = (effect: Effect): void => {
    effect.formulas.forEach((formula, k) => edges.push({ target: effect.slots[k]!, sources: reads(formula) }));
  };
  const sink = (formula: Formula | undefined): void => {
    if (formula !== undefined) for (const slot of reads(formula)) live.add(slot);
  };

  for (const actor of scenario.actors) {
    for (const interest of actor.interests) sink(interest.term);
    for (const action of actor.actions) {
      sink(action.precondition);
      addEffect(action.effect);
      for (const outcome of action.outcomes) {
        if (outcome.probability !== 'rest') sink(outcome.probability);
        addEffect(outcome.effect);
      }
    }
  }
  addEffect(scenario.trigger.effect);
  for (const event of scenario.events) {
    sink(event.probability);
    addEffect(event.effect);
  }
  // An instructor's inject changes the world as an event does, when injected.
  for (const inject of scenario.injects) addEffect(inject.effect);
  for (const outcome of scenario.outcomes) sink(outcome.condition);

  // A quantity read only by effects matters if what it changes matters.
  for (let grew = true; grew; ) {
    grew = false;
    for (const { target, sources } of edges) {
      if (!live.has(target)) continue;
      for (const slot of sources) {
        if (!live.has(slot)) {
          live.add(slot);
          grew = true;
        }
      }
    }
  }
  return scenario.quantities.filter((q) => !live.has(q.slot));
}

/** An inert quantity the scenario starts at a value of its own. */
export interface InertOverride {
  readonly quantity: string;
  readonly message: string;
}

/**
 * The inert quantities (see `inertQuantities`) whose starting value the scenario sets
 * itself: a value different from the standard world's, or a quantity the world lacks.
 */
export function inertOverrides(scenario: Scenario): InertOverride[] {
  const world = builtInLibrary().world.value;
  const standard = new Map<string, number>(world.quantities.map((q) => [q.id, q.initial]));
  for (const r of world.relations) standard.set(relationAliases(r.between)[0], r.initial);
  return inertQuantities(scenario)
    .filter((q) => standard.get(q.id) !== scenario.initial[q.slot])
    .map((q) => ({
      quantity: q.id,
      message: `setting '${q.id}' to ${scenario.initial[q.slot]} changes nothing: no interest, precondition, probability or outcome reads it, directly or through an effect`,
    }));
}
