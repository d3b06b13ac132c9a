import type { Scenario } from '../engine/scenario.js';

/**
 * Slots of the quantities something in the scenario can change: the trigger, an action,
 * a chance outcome or a random event. The rest are the scenario's fixed circumstances
 * (China's share of the strait's cargo, say), which a screen need not show every turn.
 */
export function movingQuantities(scenario: Scenario): ReadonlySet<number> {
  const slots = new Set<number>(scenario.trigger.effect.slots);
  for (const actor of scenario.actors) {
    for (const action of actor.actions) {
      for (const slot of action.effect.slots) slots.add(slot);
      for (const outcome of action.outcomes) for (const slot of outcome.effect.slots) slots.add(slot);
    }
  }
  for (const event of scenario.events) for (const slot of event.effect.slots) slots.add(slot);
  return slots;
}
