import type { Scenario } from '../engine/scenario.js';
import type { InstructorOrder } from '../records/instructor-orders.js';

/** An instructor's order as the console's log says it, in the scenario's labels. */
export function orderWords(scenario: Scenario, order: InstructorOrder): string {
  switch (order.kind) {
    case 'withdraw':
      return 'the instructor withdrew every order not yet played';
    case 'event': {
      const label = scenario.events.find((e) => e.id === order.event)?.label ?? order.event;
      return order.fires ? `the instructor injected: ${label} (at the next turn)` : `the instructor decided: ${label} does not happen at the next turn`;
    }
    case 'inject':
      return `the instructor injected: ${scenario.injects.find((e) => e.id === order.inject)?.label ?? order.inject} (at the next turn)`;
    case 'outcome': {
      const actor = scenario.actors.find((a) => a.id === order.actor);
      const action = actor?.actions.find((a) => a.id === order.action);
      const outcome = action?.outcomes.find((o) => o.id === order.outcome)?.label ?? order.outcome;
      return `the instructor decided: the next time ${actor?.name ?? order.actor} takes “${action?.label ?? order.action}”, ${outcome}`;
    }
  }
}
