import { chanceProbabilities, eventProbability } from '../../engine/chance.js';
import type { Scenario } from '../../engine/scenario.js';
import { eventLabel, injectLabel, outcomeLabels } from '../../engine/scenario-labels.js';
import type { InstructorOrder, InstructorOrders } from '../../records/instructor-orders.js';
import { percent } from '../../presentation/quantity-format.js';

/** One line of the console's inject or chance list: what it says, and the order it gives. */
export interface OrderChoice {
  readonly label: string;
  readonly order: InstructorOrder;
}

/**
 * What the instructor may inject at the next turn: each random event (with the model's
 * chance of it now, which the injection overrules), then each of the scenario's injects.
 */
export function injectChoices(scenario: Scenario, values: Float64Array): OrderChoice[] {
  return [
    ...scenario.events.map((e) => ({ label: `${e.label} (random event; the model's chance now ${percent(eventProbability(e.probability, values))})`, order: { kind: 'event', event: e.id, fires: true } as const })),
    ...scenario.injects.map((e) => ({ label: `${e.label} (inject)`, order: { kind: 'inject', inject: e.id } as const })),
  ];
}

/**
 * The chance results the instructor may decide: each outcome of every action that has
 * chance outcomes (for the next time it is taken), then each random event held back at
 * the next turn. Chances are the model's at the state now.
 */
export function chanceChoices(scenario: Scenario, values: Float64Array): OrderChoice[] {
  const choices: OrderChoice[] = [];
  for (const actor of scenario.actors) {
    for (const action of actor.actions) {
      if (action.outcomes.length < 2) continue;
      const chances = new Float64Array(action.outcomes.length);
      let known = true;
      try {
        chanceProbabilities(action, values, chances);
      } catch {
        // Outcomes whose chances do not sum to 1 at this state cannot be drawn now: no figure to show.
        known = false;
      }
      action.outcomes.forEach((outcome, i) => {
        const now = known ? ` (the model's chance now ${percent(chances[i]!)})` : '';
        choices.push({
          label: `${actor.name} · ${action.label} → ${outcome.label}${now}`,
          order: { kind: 'outcome', actor: actor.id, action: action.id, outcome: outcome.id },
        });
      });
    }
  }
  for (const e of scenario.events) {
    choices.push({ label: `${e.label} does not happen (the model's chance now ${percent(eventProbability(e.probability, values))})`, order: { kind: 'event', event: e.id, fires: false } });
  }
  return choices;
}

/** The orders not yet played, in a line: `next turn: inject …; hold back … · when … : …`; '' for none. */
export function ordersLine(scenario: Scenario, orders: InstructorOrders | undefined): string {
  if (orders === undefined) return '';
  const parts = [
    ...orders.events.map((d) => `${d.fires ? 'inject' : 'hold back'} ${eventLabel(scenario, d.event)}`),
    ...orders.injects.map((id) => `inject ${injectLabel(scenario, id)}`),
  ];
  const next = parts.length === 0 ? [] : [`next turn: ${parts.join('; ')}`];
  const outcomes = orders.outcomes.map((o) => {
    const { actor, action, outcome } = outcomeLabels(scenario, o);
    return `next ${actor} “${action}” → ${outcome}`;
  });
  return [...next, ...outcomes].join(' · ');
}
