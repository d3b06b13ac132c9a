import type { TurnRecord } from '../records/run-record.js';
import type { Action, Actor, Scenario } from '../engine/scenario.js';

/** The actor who moved on a turn. */
export function turnActor(scenario: Scenario, turn: TurnRecord): Actor {
  const actor = scenario.actors.find((a) => a.id === turn.actor);
  // A record is replayed against its scenario before it is reported, so this cannot happen.
  if (actor === undefined) throw new Error(`turn ${turn.turn} names actor '${turn.actor}', which the scenario lacks`);
  return actor;
}

/** An action's label; an id only if the scenario does not know it. */
export function actionLabel(actor: Actor, id: string): string {
  return findAction(actor, id)?.label ?? id;
}

export function findAction(actor: Actor, id: string | null): Action | undefined {
  return actor.actions.find((a) => a.id === id);
}

/** "Close the Strait of Hormuz: shipping stops", the move with its chance outcome if drawn. */
export function moveLabel(actor: Actor, turn: TurnRecord): string {
  const action = findAction(actor, turn.choice);
  if (action === undefined) return 'no legal action: passes';
  const outcome = turn.chance === null ? undefined : action.outcomes.find((o) => o.id === turn.chance!.outcome);
  return outcome === undefined ? action.label : `${action.label}: ${outcome.label}`;
}

/** The actors a person played in a run, in turn order. */
export function seatedActors(scenario: Scenario, turns: readonly TurnRecord[]): Actor[] {
  const ids = new Set(turns.filter((t) => t.decidedBy === 'human').map((t) => t.actor));
  // A person who answered another actor's move held the respondent's seat.
  for (const t of turns) {
    if (t.chance?.decidedBy !== 'human') continue;
    const respondent = scenario.actors.find((a) => a.id === t.actor)?.actions.find((a) => a.id === t.choice)?.respondent;
    if (respondent !== undefined) ids.add(scenario.actors[respondent]!.id);
  }
  return scenario.actors.filter((a) => ids.has(a.id));
}

