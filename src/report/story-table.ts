import { formatValue } from '../presentation/quantity-format.js';
import type { RunRecord } from '../records/run-record.js';
import type { Scenario } from '../engine/scenario.js';
import { escalationQuantity } from './chart/run-series.js';
import { html, type Html } from './html.js';
import { eventLabels } from '../presentation/instructor-words.js';
import { moveLabel, turnActor } from './run-labels.js';

/** The run at a glance: one row per turn with the move, what followed and the rung after it. */
export function storyTable(scenario: Scenario, record: RunRecord, link = true): Html {
  const rung = escalationQuantity(scenario);
  const rows = record.turns.map((turn) => {
    const actor = turnActor(scenario, turn);
    const move = link ? html`<a href="#turn-${turn.turn}">${moveLabel(actor, turn)}</a>` : moveLabel(actor, turn);
    const events = eventLabels(scenario, turn);
    const answered = turn.chance?.decidedBy === 'human' ? ' (answered by a person)' : '';
    return html`<tr${turn.decidedBy === 'human' || answered ? html` class="chosen"` : ''}><td class="num">${turn.turn}</td><td>${actor.name}${turn.decidedBy === 'human' ? ' (a person)' : ''}</td><td>${move}${answered}${events.length > 0 ? html`<br><span class="meta">then: ${events.join('; ')}</span>` : ''}</td>${rung === undefined ? '' : html`<td>${formatValue(rung, turn.state[rung.id]!)}</td>`}</tr>`;
  });
  return html`<table class="story"><thead><tr><th class="num">turn</th><th>who</th><th>move</th>${rung === undefined ? '' : html`<th>escalation after</th>`}</tr></thead><tbody>
<tr><td class="num">0</td><td>trigger</td><td>${record.trigger.label}</td>${rung === undefined ? '' : html`<td>${formatValue(rung, record.trigger.state[rung.id]!)}</td>`}</tr>
${rows}</tbody></table>`;
}
