import type { RunRecord } from '../records/run-record.js';
import type { Scenario } from '../engine/scenario.js';
import { html, type Html } from './html.js';

/** The scenario's named outcomes, those the run reached first. */
export function outcomesList(scenario: Scenario, record: RunRecord): Html {
  const reached = scenario.outcomes.filter((o) => record.outcomes[o.id] === true);
  const missed = scenario.outcomes.filter((o) => record.outcomes[o.id] !== true);
  return html`<ul class="reached">
${reached.map((o) => html`<li class="yes">✔ ${o.label}</li>`)}
${missed.map((o) => html`<li class="no">✘ not reached: ${o.label}</li>`)}
</ul>`;
}
