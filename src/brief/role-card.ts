import { changesBetween, formatChange, formatValue, isFlag } from '../presentation/quantity-format.js';
import { applyEffect } from '../engine/effect.js';
import { quantityValues } from '../records/run-record.js';
import { startRun } from '../engine/run-state.js';
import type { Action, Actor, Citation, Scenario } from '../engine/scenario.js';
import { studentWords } from './student-words.js';
import { conditionWords } from './condition-words.js';

/**
 * What a student playing one actor is told before play: the situation, what the actor
 * cares about and why (with the passages it rests on), and what each of its options does
 * to the world. Deliberately no model figures: no weights, expected utilities or choice
 * probabilities, so the card does not play the game for the student.
 */
export interface RoleCard {
  readonly scenario: { readonly title: string; readonly brief: string; readonly trigger: string };
  readonly actor: { readonly name: string; readonly summary: string };
  /** The world when play starts, after the trigger: "Oil price: $78". */
  readonly opening: readonly string[];
  /** The actor's interests, the weightiest first. */
  readonly interests: readonly { readonly label: string; readonly rationale: string; readonly citation: Citation }[];
  readonly options: readonly RoleOption[];
  /** The other actors, in turn order. */
  readonly others: readonly { readonly name: string; readonly summary: string }[];
}

export interface RoleOption {
  readonly label: string;
  readonly citation: Citation;
  /** Whether the option is open when play starts; some open only as the crisis moves. */
  readonly openAtStart: boolean;
  /** What opens it, in words (`Hormuz threat stands, or Oil flow through Hormuz below 90%`); undefined when always open. */
  readonly opensWhen: string | undefined;
  /** What it would change if taken when play starts: "Escalation 3 → 9 (…)". */
  readonly changes: readonly string[];
  /** The ways it may turn out, each with what it would change on top. */
  readonly chances: readonly { readonly label: string; readonly changes: readonly string[] }[];
}

/** The role card for one of the scenario's actors. */
export function roleCard(scenario: Scenario, actor: Actor): RoleCard {
  // The trigger draws nothing at random, so any seed gives the same opening position.
  const opening = startRun(scenario, 0).values;
  return {
    scenario: { title: scenario.title, brief: scenario.brief, trigger: scenario.trigger.label },
    actor: { name: actor.name, summary: actor.summary },
    opening: openingLines(scenario, actor, opening),
    interests: [...actor.interests]
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .map((i) => ({ label: i.label, rationale: studentWords(i.rationale), citation: i.citation })),
    options: actor.actions.map((action) => roleOption(scenario, action, opening)),
    others: scenario.actors.filter((a) => a !== actor).map((a) => ({ name: a.name, summary: a.summary })),
  };
}

/** The world's measures, and the relations this actor is part of, when play starts. */
function openingLines(scenario: Scenario, actor: Actor, values: Float64Array): string[] {
  return scenario.quantities
    .filter((q) => (q.between === undefined ? !isFlag(q) : q.between.includes(actor.id)))
    .map((q) => `${q.label}: ${formatValue(q, values[q.slot]!)}`);
}

/**
 * What an action would do from a state, as a card (or a seat) words it: its own changes,
 * and each way it may turn out with what that adds.
 */
export function roleOption(scenario: Scenario, action: Action, opening: Float64Array): RoleOption {
  const after = new Float64Array(opening.length);
  applyEffect(scenario.bounds, action.effect, opening, after);
  const changes = described(scenario, opening, after);
  const chances = action.outcomes
    .filter((o) => o.id !== '')
    .map((o) => {
      const drawn = new Float64Array(after.length);
      applyEffect(scenario.bounds, o.effect, after, drawn);
      return { label: o.label, changes: described(scenario, after, drawn) };
    });
  return {
    label: action.label,
    citation: action.citation,
    openAtStart: action.precondition === undefined || action.precondition.evaluate(opening) !== 0,
    opensWhen: action.precondition === undefined ? undefined : conditionWords(scenario, action.precondition.source),
    changes,
    chances,
  };
}

function described(scenario: Scenario, before: Float64Array, after: Float64Array): string[] {
  return changesBetween(scenario.quantities, quantityValues(scenario, before), quantityValues(scenario, after)).map(formatChange);
}
