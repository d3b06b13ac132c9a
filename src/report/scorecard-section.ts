import { modelScores, type ModelScores, SCORECARD_RUNS } from '../batch/model-scores.js';
import type { Actor, Scenario } from '../engine/scenario.js';
import { scorecard, scorecardLines } from '../presentation/scorecard.js';
import type { NamedRun } from './chart/run-charts.js';
import { html, type Html } from './html.js';
import { seatedActors } from './run-labels.js';

/**
 * How well each group served the side it played: its actor's score at the run's end,
 * placed among the model's own runs of the scenario, in the words of the end screen. Empty
 * when nobody took a seat.
 */
export function scorecardSection(scenario: Scenario, groups: readonly NamedRun[]): Html {
  const scores = new Map<Actor, ModelScores>();
  const cards = groups.flatMap(({ name, record }) =>
    seatedActors(scenario, record.turns).map((actor) => {
      if (!scores.has(actor)) scores.set(actor, modelScores(scenario, actor));
      const end = record.turns.at(-1)?.state ?? record.trigger.state;
      const [headline, ...rest] = scorecardLines(scorecard(scenario, actor, end, scores.get(actor)!));
      return html`<li><strong>${name}</strong>, ${headline}${rest.length > 0 ? html`<br><span class="meta">${rest.map((l) => l.trim()).join(' ')}</span>` : ''}</li>`;
    }),
  );
  if (cards.length === 0) return html``;
  return html`<h2>How well each group served its side</h2>
<p class="meta">A side's score adds up its interests as its role card lists them, each counted by how much it matters to that side, at the end of the run; it is placed among the model's own ${SCORECARD_RUNS} runs of this scenario (batch seed 1).</p>
<ul>${cards}</ul>`;
}
