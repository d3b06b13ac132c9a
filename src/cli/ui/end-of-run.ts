import type { Scenario } from '../../engine/scenario.js';
import type { RunRecord } from '../../records/run-record.js';
import { personChoices } from '../../report/choice-partings.js';
import { type Scorecard, scorecardLines } from '../../presentation/scorecard.js';

/** One line of the end-of-run screen, and whether it is a heading or a reached outcome. */
export interface EndLine {
  readonly text: string;
  readonly kind: 'heading' | 'reached' | 'missed' | 'plain';
}

/**
 * What a finished run came to, as lines: each seated actor's scorecard, the outcomes
 * reached and those not, then each choice people made beside the option the model preferred.
 */
export function endOfRunLines(scenario: Scenario, record: RunRecord, scorecards: readonly Scorecard[] = []): EndLine[] {
  const lines: EndLine[] = [];
  // The scorecard first: on a small screen it is what a group most wants to see.
  if (scorecards.length > 0) {
    lines.push({ text: 'How well you served your side', kind: 'heading' });
    lines.push({ text: "  (each side's interests on its role card, counted by how much they matter to it)", kind: 'plain' });
    for (const card of scorecards) lines.push(...scorecardLines(card).map((text) => ({ text, kind: 'plain' as const })));
    lines.push({ text: '', kind: 'plain' });
  }
  lines.push({ text: 'Outcomes reached', kind: 'heading' });
  const reached = scenario.outcomes.filter((o) => record.outcomes[o.id]);
  if (reached.length === 0) lines.push({ text: '  none of the named outcomes', kind: 'plain' });
  for (const o of reached) lines.push({ text: `✔ ${o.label}`, kind: 'reached' });
  for (const o of scenario.outcomes.filter((o) => !record.outcomes[o.id])) lines.push({ text: `✘ not reached: ${o.label}`, kind: 'missed' });
  const choices = personChoices(scenario, record);
  if (choices.length === 0) return lines;
  const agreed = choices.filter((c) => c.agrees).length;
  lines.push({ text: '', kind: 'plain' }, { text: `People and the model: ${agreed} of ${choices.length} choices were the model's own preference`, kind: 'heading' });
  for (const c of choices) {
    const actor = scenario.actors.find((a) => a.id === c.turn.actor)!;
    const label = (id: string): string => actor.actions.find((a) => a.id === id)?.label ?? id;
    const chose = `Turn ${c.turn.turn}, ${actor.name}: ${label(c.turn.choice!)}`;
    lines.push({ text: c.agrees ? `${chose} (as the model would)` : `${chose}; the model preferred ${label(c.preferred)} by ${c.margin.toFixed(2)} points of ${actor.name}'s score`, kind: 'plain' });
  }
  return lines;
}
