import type { Scenario } from '../engine/scenario.js';
import { eventLabel, injectLabel, outcomeLabels } from '../engine/scenario-labels.js';
import type { InstructorOrder } from '../records/instructor-orders.js';

/** An instructor's order as the console's log says it, in the scenario's labels. */
export function orderWords(scenario: Scenario, order: InstructorOrder): string {
  switch (order.kind) {
    case 'withdraw':
      return 'the instructor withdrew every order not yet played';
    case 'event': {
      const label = eventLabel(scenario, order.event);
      return order.fires ? `the instructor injected: ${label} (at the next turn)` : `the instructor decided: ${label} does not happen at the next turn`;
    }
    case 'inject':
      return `the instructor injected: ${injectLabel(scenario, order.inject)} (at the next turn)`;
    case 'outcome': {
      const { actor, action, outcome } = outcomeLabels(scenario, order);
      return `the instructor decided: the next time ${actor} takes “${action}”, ${outcome}`;
    }
  }
}
