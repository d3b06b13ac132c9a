import { chanceProbabilities } from '../../engine/chance.js';
import { applyEffect } from '../../engine/effect.js';
import type { Assessment } from '../../engine/planner.js';
import type { Scenario } from '../../engine/scenario.js';
import { type RandomState, SeededRandom } from '../../engine/random.js';
import type { PlayedTurn } from '../../engine/turn.js';
import type { Findings, Place } from './findings.js';

const TOLERANCE = 1e-9;

/**
 * Checks every legal action's chance distribution at `values` (each probability in
 * [0, 1], summing to 1), and that the outcome played was drawn from the chosen action's:
 * a positive probability, the one recorded, and the one the turn's second uniform draw
 * from `random` picks (playTurn's contract: the first draw picks the model's choice, the
 * second the outcome), which no other distribution would pick every time.
 */
export function checkChances(
  findings: Findings,
  scenario: Scenario,
  values: Float64Array,
  random: RandomState,
  assessment: Assessment,
  played: PlayedTurn,
  place: Place,
): void {
  const actor = scenario.actors[assessment.actor]!;
  const distributions = assessment.legal.map((index) => {
    const action = actor.actions[index]!;
    const p = new Float64Array(action.outcomes.length);
    chanceProbabilities(action, values, p);
    const sum = p.reduce((a, b) => a + b, 0);
    findings.expect('chance', p.every((x) => x >= 0 && x <= 1) && Math.abs(sum - 1) <= TOLERANCE, place, () =>
      `the chance outcomes of '${action.id}' have probabilities [${[...p].join(', ')}], summing to ${sum}`,
    );
    return p;
  });
  if (played.chosen < 0) {
    findings.expect('chance', played.outcome === -1 && played.outcomeProbability === 1, place, () => `${actor.name} passed, yet an outcome ${played.outcome} was drawn`);
    return;
  }
  const action = actor.actions[assessment.legal[played.chosen]!]!;
  const p = distributions[played.chosen]!;
  const drawn = p[played.outcome];
  findings.expect('chance', drawn !== undefined && drawn > 0 && drawn === played.outcomeProbability, place, () =>
    `'${action.id}' drew outcome ${played.outcome} (recorded probability ${played.outcomeProbability}), whose probability at the state is ${drawn}`,
  );
  const generator = SeededRandom.fromState(random);
  const choiceDraw = generator.next();
  const outcomeDraw = generator.next();
  const picked = pick([...p], outcomeDraw);
  findings.expect('chance', picked === played.outcome, place, () =>
    `'${action.id}' drew outcome ${played.outcome}; the turn's draw ${outcomeDraw} picks outcome ${picked} from [${[...p].join(', ')}]`,
  );
  if (played.decidedBy === 'model') {
    const choice = pick([...assessment.probabilities], choiceDraw);
    findings.expect('probabilities', choice === played.chosen, place, () =>
      `${actor.name} played option ${played.chosen}; the turn's draw ${choiceDraw} picks option ${choice} from [${[...assessment.probabilities].join(', ')}]`,
    );
  }
}

/**
 * Checks the random events of a played turn and the state it ends in: starting from the
 * state after the move (the action's effect, then its outcome's), each event in order
 * fires when its own draw (the third on) is below its probability there, clamped to
 * [0, 1], and applies its effect; the run's state at the end is that one.
 */
export function checkEvents(
  findings: Findings,
  scenario: Scenario,
  values: Float64Array,
  random: RandomState,
  assessment: Assessment,
  played: PlayedTurn,
  after: Float64Array,
  place: Place,
): void {
  const generator = SeededRandom.fromState(random);
  generator.next();
  generator.next();
  const state = new Float64Array(values);
  if (played.chosen >= 0) {
    const action = scenario.actors[assessment.actor]!.actions[assessment.legal[played.chosen]!]!;
    applyEffect(scenario.bounds, action.effect, values, state);
    applyEffect(scenario.bounds, action.outcomes[played.outcome]!.effect, state, state);
  }
  const fired: number[] = [];
  scenario.events.forEach((event, i) => {
    const p = Math.min(1, Math.max(0, event.probability.evaluate(state)));
    if (generator.next() < p) {
      applyEffect(scenario.bounds, event.effect, state, state);
      fired.push(i);
    }
  });
  const ids = (indexes: readonly number[]): string => indexes.map((i) => scenario.events[i]!.id).join(', ');
  findings.expect('chance', fired.length === played.events.length && fired.every((e, i) => e === played.events[i]), place, () =>
    `the events [${ids(played.events)}] fired; their draws fire [${ids(fired)}]`,
  );
  const differs = scenario.quantities.find((q) => !Object.is(state[q.slot], after[q.slot]));
  findings.expect('chance', differs === undefined, place, () =>
    `after the move, its outcome and the events, ${differs!.id} should be ${state[differs!.slot]}; the run has ${after[differs!.slot]}`,
  );
}

/** The index whose cumulative interval [F(k−1), F(k)) holds u; past the sum (rounding), the last with a positive probability. */
function pick(probabilities: readonly number[], u: number): number {
  let cumulative = 0;
  for (let k = 0; k < probabilities.length; k++) {
    cumulative += probabilities[k]!;
    if (u < cumulative) return k;
  }
  const last = probabilities.findLastIndex((x) => x > 0);
  return Math.max(0, last);
}
