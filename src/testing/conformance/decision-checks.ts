import type { Assessment } from '../../engine/planner.js';
import type { Scenario } from '../../engine/scenario.js';
import { logit } from './anticipation.js';
import type { Findings, Place } from './findings.js';

const TOLERANCE = 1e-9;

/**
 * Checks one assessment of the mover at `values`: its options are exactly the legal
 * actions (legality); utilities and terms are finite and the probabilities are their
 * logit at the actor's λ (probabilities); and the regret of each option is what λ
 * implies (regret).
 */
export function checkDecision(findings: Findings, scenario: Scenario, values: Float64Array, assessment: Assessment, place: Place): void {
  const actor = scenario.actors[assessment.actor]!;
  const legal = actor.actions.flatMap((a, i) => (a.precondition === undefined || a.precondition.evaluate(values) !== 0 ? [i] : []));
  findings.expect('legality', same(legal, assessment.legal), place, () =>
    `${actor.name} was offered [${ids(actor, assessment.legal)}], but the actions whose precondition holds are [${ids(actor, legal)}]`,
  );
  const n = assessment.legal.length;
  const { utilities, probabilities, terms } = assessment;
  const shapes = utilities.length === n && probabilities.length === n && terms.length === n && terms.every((t) => t.length === actor.interests.length);
  const finite = shapes && [...utilities, ...terms.flatMap((t) => [...t])].every(Number.isFinite);
  if (!findings.expect('probabilities', finite, place, () => `${actor.name}'s utilities or terms are not one finite number per option and interest`)) return;
  if (n === 0) return;
  const want = logit([...utilities], actor.rationality);
  const sum = probabilities.reduce((a, b) => a + b, 0);
  const worst = want.reduce((w, p, i) => (Math.abs(p - probabilities[i]!) > Math.abs(want[w]! - probabilities[w]!) ? i : w), 0);
  findings.expect(
    'probabilities',
    Math.abs(sum - 1) <= TOLERANCE && probabilities.every((p) => p >= 0 && p <= 1) && Math.abs(want[worst]! - probabilities[worst]!) <= TOLERANCE,
    place,
    () =>
      `${actor.name}'s choice probabilities sum to ${sum}; '${actor.actions[assessment.legal[worst]!]!.id}' has ${probabilities[worst]}, ` +
      `where the logit of the utilities at λ = ${actor.rationality} gives ${want[worst]}`,
  );
  checkRegret(findings, actor.name, actor.rationality, utilities, probabilities, place);
}

/**
 * With P(a) ∝ exp(λ·EU(a)), an option with regret r = EU_best − EU(a) has
 * P(a) = P(best)·e^(−λr) ≤ e^(−λr); and since the logit maximises expected utility plus
 * entropy over λ, the expected regret is at most H(p)/λ ≤ ln(n)/λ.
 */
function checkRegret(findings: Findings, name: string, rationality: number, utilities: Float64Array, probabilities: Float64Array, place: Place): void {
  if (rationality === 0) return;
  const best = Math.max(...utilities);
  const n = utilities.length;
  let expected = 0;
  let entropy = 0;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i]!;
    const regret = best - utilities[i]!;
    expected += p * regret;
    if (p > 0) entropy -= p * Math.log(p);
    const bound = Math.exp(-rationality * regret);
    if (!findings.expect('regret', p <= bound + TOLERANCE, place, () => `${name} gives an option of regret ${regret} probability ${p}, above e^(−λr) = ${bound} at λ = ${rationality}`)) return;
  }
  const bound = Math.min(entropy, Math.log(n)) / rationality;
  findings.expect('regret', expected <= bound + TOLERANCE, place, () =>
    `${name}'s expected regret is ${expected}, above H(p)/λ = ${bound} at λ = ${rationality}`,
  );
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function ids(actor: Scenario['actors'][number], indexes: readonly number[]): string {
  return indexes.map((i) => actor.actions[i]?.id ?? `#${i}`).join(', ');
}
