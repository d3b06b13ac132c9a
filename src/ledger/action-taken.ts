import type { ScenarioSpec } from '../scenarios/spec.js';
import { didYouMean } from '../text/did-you-mean.js';

/** The flag a spec gains to count an action as an outcome; no interest reads it. */
const TAKEN = 'ledger_action_taken';

/**
 * A spec whose last outcome, `ledger_action`, holds when `actor.action` has been taken at
 * least once (its id differs from the flag's: a batch's rows name a column by each): the
 * action also sets a flag that nothing else reads, so every decision, draw and figure of
 * the run stays as it was, and the batch's fast path can count the action.
 */
export function withActionOutcome(spec: ScenarioSpec, actorAction: string): ScenarioSpec {
  const [actorId, actionId] = actorAction.split('.') as [string, string];
  const actor = spec.actors.find((a) => a.id === actorId);
  if (actor === undefined) throw new RangeError(`${spec.id} has no actor '${actorId}'${didYouMean(actorId, spec.actors.map((a) => a.id))}`);
  if (!actor.actions.some((a) => a.id === actionId)) {
    throw new RangeError(`${actor.name} has no action '${actionId}'${didYouMean(actionId, actor.actions.map((a) => a.id))}`);
  }
  return {
    ...spec,
    quantities: [
      ...spec.quantities,
      { id: TAKEN, label: `${actorAction} taken`, unit: 'flag', min: 0, max: 1, integer: true, initial: 0, meaning: `1 once ${actorAction} has been taken`, source: 'The causal ledger counts the action.' },
    ],
    actors: spec.actors.map((a) =>
      a.id !== actorId ? a : { ...a, actions: a.actions.map((x) => (x.id !== actionId ? x : { ...x, effects: { ...x.effects, [TAKEN]: '1' } })) },
    ),
    outcomes: [...spec.outcomes, { id: 'ledger_action', label: `${actorAction} is taken`, when: `${TAKEN} == 1` }],
  };
}
