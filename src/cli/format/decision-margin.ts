import type { DecisionMargin } from '../../experiments/decision-margin.js';
import { WEIGHT_RANGE } from '../../scenarios/setting-ranges.js';
import { overridesLines } from '../../presentation/overrides-lines.js';

const fixed = (x: number, digits = 3): string => (x >= 0 ? ` ${x.toFixed(digits)}` : `−${(-x).toFixed(digits)}`);
const weight = (x: number): string => (x >= 1e6 ? x.toExponential(2) : String(+x.toFixed(4)));

/** A decision's margin as text: the choice against each rival, term by term, then the weight thresholds. */
export function formatDecisionMargin(margin: DecisionMargin): string {
  const lines = [`${margin.scenario.id} · seed ${margin.seed} · turn ${margin.turn} · ${margin.actor} moves`, ...overridesLines(margin.overrides ?? {})];
  if (margin.chosen === null) return `${[...lines, '', `${margin.actor} had no legal action and passed.`].join('\n')}\n`;
  lines.push(`chose ${margin.chosen}${margin.best === margin.chosen ? ' (the best by expected utility)' : `; the best by expected utility was ${margin.best} (the logit draw picks a weaker option sometimes)`}`);
  for (const rival of margin.rivals) {
    lines.push('', `against ${rival.action}: margin ${fixed(rival.margin)} (rival's EU ${fixed(rival.expectedUtility)}, chance ${(rival.probability * 100).toFixed(1)}%)`);
    const width = Math.max('interest'.length, ...rival.terms.map((t) => t.interest.length));
    lines.push(`  ${'interest'.padEnd(width)}  ${'weight'.padStart(7)}  ${'chosen'.padStart(8)}  ${'rival'.padStart(8)}  ${'w × Δ'.padStart(8)}`);
    for (const t of rival.terms) {
      lines.push(`  ${t.interest.padEnd(width)}  ${weight(t.weight).padStart(7)}  ${fixed(t.chosen).padStart(8)}  ${fixed(t.rival).padStart(8)}  ${fixed(t.difference).padStart(8)}`);
    }
  }
  lines.push(
    '',
    `Weights of ${margin.actor}'s interests at which another option becomes the best, all else held:`,
    margin.exact
      ? `(exact: ${margin.actor}'s expected utility is linear in its own weights, since the replies it anticipates are chosen with the other actors' weights)`
      : `(estimates: ${margin.actor} replies to itself within its lookahead, so its expected utility is not linear in its own weights)`,
  );
  const width = Math.max('interest'.length, ...margin.thresholds.map((t) => t.interest.length));
  lines.push(`  ${'interest'.padEnd(width)}  ${'weight'.padStart(7)}  ${'lower to'.padEnd(30)}  raise to`);
  for (const t of margin.thresholds) {
    // Past the largest weight a scenario may set, the crossing is arithmetic no --set can reach.
    const at = (x: { weight: number; option: string } | null): string =>
      x === null ? 'none' : `${weight(x.weight)} → ${x.option}${x.weight > WEIGHT_RANGE.max ? ` (past ${WEIGHT_RANGE.max})` : ''}`;
    lines.push(`  ${t.interest.padEnd(width)}  ${weight(t.weight).padStart(7)}  ${at(t.lowerTo).padEnd(30)}  ${at(t.raiseTo)}`);
  }
  return `${lines.join('\n')}\n`;
}
