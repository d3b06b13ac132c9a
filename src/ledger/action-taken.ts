import type { ScenarioSpec } from '../scenarios/spec.js';
import { didYouMean } from '../text/did-you-mean.js';

/**
 * A spec with one more outcome, `ledger_action_k`, holding when `actor.action` has been
 * taken at least once; `k` (from 1) tells apart the actions one set of runs counts. The
 * action also sets a flag, `ledger_action_taken_k`, that nothing else reads (the outcome's
 * id differs from the flag's, as a batch's rows name a column by each), so every decision,
 * draw and figure of the run stays as it was, and the batch's fast path can count it.
 */
export function withActionOutcome(spec: ScenarioSpec, actorAction: string, k: number): ScenarioSpec {
  const [actorId, actionId] = actorAction.split('.') as [string, string];
  const actor = spec.actors.find((a) => a.id === actorId);
  if (actor === undefined) throw new RangeError(`${spec.id} has no actor '${actorId}'${didYouMean(actorId, spec.actors.map((a) => a.id))}`);
  if (!actor.actions.some((a) => a.id === actionId)) {
    throw new RangeError(`${actor.name} has no action '${actionId}'${didYouMean(actionId, actor.actions.map((a) => a.id))}`);
  }
  const taken = `ledger_action_taken_${k}`;
  return {
    ...spec,
    quantities: [
      ...spec.quantities,
      { id: taken, label: `${actorAction} taken`, unit: 'flag', min: 0, max: 1, integer: true, initial: 0, meaning: `1 once ${actorAction} has been taken`, source: 'The causal ledger counts the action.' },
    ],
    actors: spec.actors.map((a) =>
      a.id !== actorId ? a : { ...a, actions: a.actions.map((x) => (x.id !== actionId ? x : { ...x, effects: { ...x.effects, [taken]: '1' } })) },
    ),
    outcomes: [...spec.outcomes, { id: `ledger_action_${k}`, label: `${actorAction} is taken`, when: `${taken} == 1` }],
  };
}
