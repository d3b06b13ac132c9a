import type { BatchSummary } from '../batch/batch-summary.js';
import { sharePercent } from '../presentation/share-percent.js';
import { overridesLines } from '../presentation/overrides-lines.js';
import type { RunRecord } from '../records/run-record.js';
import type { Scenario } from '../engine/scenario.js';
import { classOutcomesChart, type ClassOutcome } from './chart/outcome-charts.js';
import { escalationChart, quantitiesChart, TYPICAL_PATH_CAPTION, type NamedRun } from './chart/run-charts.js';
import { personChoices } from './choice-partings.js';
import { figure } from './figure.js';
import { html, type Html } from './html.js';
import { actionLabel, seatedActors, turnActor } from './run-labels.js';
import { scorecardSection } from './scorecard-section.js';
import { storyTable } from './story-table.js';

/**
 * A class's runs of one scenario side by side, and beside the model's own distribution of
 * outcomes over `model.runs` runs: which outcomes each group reached, and where each
 * group's choices parted from what the model preferred.
 */
export async function classReport(scenario: Scenario, groups: readonly NamedRun[], model: BatchSummary, modelSource: string): Promise<Html> {
  const outcomes = classOutcomes(scenario, groups.map((g) => g.record), model);
  return html`<h1>${scenario.title}: ${groups.length} groups</h1>
<p class="meta">${scenario.id}${overridesLines(model.overrides ?? {}).map((l) => ` · ${l}`)} · the model's figures: ${modelSource}</p>
<p class="lead">${scenario.brief}</p>
<h2>The class and the model</h2>
<ul class="reached">${outcomes.map((o) => html`<li${o.groups > 0 ? html` class="yes"` : ''}>${outcomeSentence(o, model.runs)}</li>`)}</ul>
${await figure(classOutcomesChart(outcomes, model.runs), 'Share of groups that reached each outcome, beside the share of the model’s runs, with its 95% interval.')}
<h2>Outcomes by group</h2>
${outcomesTable(scenario, groups)}
${scorecardSection(scenario, groups)}
<h2>How each group's crisis moved</h2>
${await figure(escalationChart(scenario, groups), 'The escalation rung after the trigger and after each turn, one line per group.' + TYPICAL_PATH_CAPTION)}
${await figure(quantitiesChart(scenario, groups), 'The quantities that moved, one line per group, each quantity on its own scale.')}
<h2>Where the groups parted from the model</h2>
${groups.map((g) => partings(scenario, g))}
<h2>Each group's story</h2>
${groups.map((g) => html`<h3>${g.name}</h3>${storyTable(scenario, g.record, false)}`)}`;
}

/** How many groups reached each outcome, with the model's share for it. */
export function classOutcomes(scenario: Scenario, records: readonly RunRecord[], model: BatchSummary): ClassOutcome[] {
  return scenario.outcomes.map((o) => {
    const share = model.outcomes.find((m) => m.id === o.id);
    return {
      label: o.label,
      groups: records.filter((r) => r.outcomes[o.id] === true).length,
      of: records.length,
      model: { share: share?.share ?? 0, interval: share?.interval ?? [0, 0] },
    };
  });
}

/** "2 of 5 groups: Iran closes the strait; the model does in 0.4% (0.2%–0.7%) of 1000 runs." */
export function outcomeSentence(o: ClassOutcome, runs: number): string {
  const groups = `${o.groups} of ${o.of} ${o.of === 1 ? 'group' : 'groups'}`;
  const [low, high] = o.model.interval;
  return `${groups}: ${o.label}; the model does in ${sharePercent(o.model.share)} (${sharePercent(low)}–${sharePercent(high)}) of ${runs} runs.`;
}

function outcomesTable(scenario: Scenario, groups: readonly NamedRun[]): Html {
  const head = scenario.outcomes.map((o) => html`<th>${o.label}</th>`);
  const rows = groups.map(({ name, record }) => {
    const seats = seatedActors(scenario, record.turns).map((a) => a.name);
    const cells = scenario.outcomes.map((o) => (record.outcomes[o.id] ? html`<td class="yes">✔ yes</td>` : html`<td class="no">no</td>`));
    return html`<tr><td><strong>${name}</strong><br><span class="meta">seed ${record.seed}; ${seats.length === 0 ? 'no seats' : seats.join(', ')}</span></td>${cells}</tr>`;
  });
  return html`<table class="outcomes"><thead><tr><th>group</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function partings(scenario: Scenario, { name, record }: NamedRun): Html {
  const choices = personChoices(scenario, record);
  const parted = choices.filter((c) => !c.agrees);
  const summary =
    choices.length === 0
      ? 'No one took a seat: the model played every turn.'
      : `${choices.length - parted.length} of ${choices.length} choices were the model's own preference.`;
  const items = parted.map((c) => {
    const actor = turnActor(scenario, c.turn);
    return html`<li>Turn ${c.turn.turn}, ${actor.name}: chose “${actionLabel(actor, c.turn.choice!)}”; the model preferred “${actionLabel(actor, c.preferred)}” by ${c.margin.toFixed(2)} points of ${actor.name}'s score.</li>`;
  });
  return html`<h3>${name}</h3><p>${summary}</p>${items.length > 0 ? html`<ul>${items}</ul>` : ''}`;
}
