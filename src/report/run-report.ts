import type { RunRecord } from '../records/run-record.js';
import type { Scenario } from '../engine/scenario.js';
import { figure } from './figure.js';
import { escalationChart, quantitiesChart, TYPICAL_PATH_CAPTION } from './chart/run-charts.js';
import { decisionSection } from './decision-section.js';
import { html, type Html } from './html.js';
import { outcomesList } from './outcomes-list.js';
import { runFacts } from './run-header.js';
import { scorecardSection } from './scorecard-section.js';
import { storyTable } from './story-table.js';

/** The debrief of one run: outcomes, charts, the story at a glance, then every decision. */
export async function runReport(scenario: Scenario, record: RunRecord, name?: string): Promise<Html> {
  const runs = [{ name: name ?? `seed ${record.seed}`, record }];
  let before = record.trigger.state;
  const decisions = record.turns.map((turn) => {
    const section = decisionSection(scenario, turn, before);
    before = turn.state;
    return section;
  });
  return html`<h1>${scenario.title}${name === undefined ? '' : html` — ${name}`}</h1>
${runFacts(scenario, record)}
<p class="lead">${scenario.brief}</p>
<h2>Outcomes reached</h2>
${outcomesList(scenario, record)}
${scorecardSection(scenario, runs)}
<h2>How the crisis moved</h2>
${await figure(escalationChart(scenario, runs), 'The escalation rung after the trigger and after each turn; the colour of a point says who decided that turn.' + TYPICAL_PATH_CAPTION)}
${await figure(quantitiesChart(scenario, runs), 'The quantities that moved during the run, each on its own scale.')}
<h2>The story, turn by turn</h2>
${storyTable(scenario, record)}
<h2>Every decision and why</h2>
<p class="meta">Each option's expected utility is the sum of its interest terms (weight × value); the model chooses by a logit over them. The terms listed are those that separate the choice from its strongest rival most, with the passage each rests on.</p>
${decisions}`;
}
