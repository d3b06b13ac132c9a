import { explainChoice, type ChoiceExplanation } from '../presentation/decision-explanation.js';
import { decimal } from '../presentation/minus-sign.js';
import { changesBetween, formatChange, percent, signed } from '../presentation/quantity-format.js';
import type { QuantityValues, TurnRecord } from '../records/run-record.js';
import type { Actor, Scenario } from '../engine/scenario.js';
import { html, type Html } from './html.js';
import { quoteBlock } from './quote.js';
import { eventLabels } from '../presentation/instructor-words.js';
import { actionLabel, moveLabel, turnActor } from './run-labels.js';

/**
 * One turn in full: the move, what it changed, every option the mover had with the model's
 * figures, and the interest terms that separated the choice from its strongest rival,
 * each with the quote it rests on.
 */
export function decisionSection(scenario: Scenario, turn: TurnRecord, before: QuantityValues): Html {
  const actor = turnActor(scenario, turn);
  const person = turn.decidedBy === 'human';
  const changes = changesBetween(scenario.quantities, before, turn.state).map(formatChange);
  const events = eventLabels(scenario, turn);
  return html`<section class="turn${person ? ' person' : ''}" id="turn-${turn.turn}">
<h3>Turn ${turn.turn} · ${actor.name}${person ? html` <span class="badge">played by a person</span>` : ''}</h3>
<p class="lead">${actor.name}: <strong>${moveLabel(actor, turn)}</strong></p>
<p>${changes.length === 0 ? 'Nothing changed.' : `What changed: ${changes.join('; ')}.`}</p>
${events.length > 0 ? html`<p>Then: ${events.join('; ')}.</p>` : ''}
${turn.options.length > 0 ? optionsTable(actor, turn) : ''}
${reasons(actor, turn)}
</section>`;
}

function optionsTable(actor: Actor, turn: TurnRecord): Html {
  const rows = turn.options.map(
    (o) => html`<tr${o.action === turn.choice ? html` class="chosen"` : ''}><td>${actionLabel(actor, o.action)}${o.action === turn.choice ? ' (chosen)' : ''}</td><td class="num">${decimal(o.expectedUtility, 2)}</td><td class="num">${percent(o.probability)}</td></tr>`,
  );
  return html`<table><thead><tr><th>option</th><th class="num">expected utility</th><th class="num">model's chance of choosing it</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function reasons(actor: Actor, turn: TurnRecord): Html {
  const why = explainChoice(actor, turn);
  if (why === undefined) return html``;
  const terms = why.terms.map(
    (t) => html`<li><strong>${t.label}</strong> ${signed(t.difference)}${quoteFor(actor, t.interest)}</li>`,
  );
  return html`<p>${verdict(actor, turn, why)}</p>${terms.length > 0 ? html`<ul class="terms">${terms}</ul>` : ''}`;
}

/** The sentence on how the choice compares with its strongest rival, for who made it. */
export function verdict(actor: Actor, turn: TurnRecord, why: ChoiceExplanation): string {
  const rival = `“${actionLabel(actor, why.rival.action)}”`;
  const margin = Math.abs(why.margin).toFixed(2);
  const chosen = turn.options.find((o) => o.action === turn.choice)!;
  if (turn.decidedBy === 'human') {
    if (why.tied) return `A person chose this; the model rates ${rival} the same.`;
    return why.best
      ? `A person chose this, as the model would: it scores ${margin} above ${rival}. The terms that separate them (+ favours this choice, − the other):`
      : `A person chose this; the model preferred ${rival} by ${margin} points of the actor's score (the model picks ${rival} ${percent(why.rival.probability)} of the time, this ${percent(chosen.probability)}). The terms that separate them (+ favours this choice, − the other):`;
  }
  if (why.tied) return `${rival} scored the same; the choice between them was drawn at random.`;
  return why.best
    ? `The model chose this: it scores ${margin} above ${rival}. The terms that decided it (+ favours this choice, − the other):`
    : `The model's random draw (${percent(chosen.probability)}) picked this, though ${rival} scored ${margin} higher. The terms that separate them (+ favours this choice, − the other):`;
}

function quoteFor(actor: Actor, interestId: string): Html {
  const interest = actor.interests.find((i) => i.id === interestId);
  return interest === undefined ? html`` : quoteBlock(interest.citation);
}
