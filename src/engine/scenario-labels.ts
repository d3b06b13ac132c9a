import type { Scenario } from './scenario.js';

// A scenario's parts by id, as every log, screen and report names them. A record or an
// order may name a part the scenario lacks (a record of another version, say): it is then
// named by its id rather than not at all.

/** A random event's label. */
export function eventLabel(scenario: Scenario, id: string): string {
  return scenario.events.find((e) => e.id === id)?.label ?? id;
}

/** An inject's label. */
export function injectLabel(scenario: Scenario, id: string): string {
  return scenario.injects.find((e) => e.id === id)?.label ?? id;
}

/** An actor's name, one of its actions' label and one of that action's chance outcomes' label. */
export function outcomeLabels(scenario: Scenario, ids: { readonly actor: string; readonly action: string; readonly outcome: string }): { actor: string; action: string; outcome: string } {
  const actor = scenario.actors.find((a) => a.id === ids.actor);
  const action = actor?.actions.find((a) => a.id === ids.action);
  return { actor: actor?.name ?? ids.actor, action: action?.label ?? ids.action, outcome: action?.outcomes.find((o) => o.id === ids.outcome)?.label ?? ids.outcome };
}
