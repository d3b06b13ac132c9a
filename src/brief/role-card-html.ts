import { html, type Html } from '../report/html.js';
import { page } from '../report/page.js';
import type { Citation } from '../engine/scenario.js';
import { actorSubject, articleLabel } from './article-label.js';
import type { RoleCard, RoleOption } from './role-card.js';

/** Role cards as one HTML file, each card on its own printed page. */
export function roleCardsHtml(cards: readonly RoleCard[]): string {
  const title = cards.length === 1 ? `${cards[0]!.scenario.title}: ${cards[0]!.actor.name}` : `${cards[0]?.scenario.title ?? 'wargame'}: role cards`;
  return page(title, html`${cards.map(cardHtml)}`);
}

function cardHtml(card: RoleCard): Html {
  return html`<article class="card">
<h1>You are ${actorSubject(card.actor.name)}</h1>
<p class="meta">${card.scenario.title}</p>
<p class="lead">${card.scenario.brief}</p>
<p><strong>What has just happened:</strong> ${card.scenario.trigger}.</p>
<h2>Who you are</h2>
<p>${card.actor.summary}</p>
<h2>Where things stand</h2>
<ul>${card.opening.map((l) => html`<li>${l}</li>`)}</ul>
<h2>What you care about (most important first)</h2>
${card.interests.map((i) => html`<h3>${i.label}</h3><p>${i.rationale}</p>${cardQuote(i.citation)}`)}
<h2>What you can do</h2>
${card.options.map(optionHtml)}
<h2>The others at the table</h2>
<ul>${card.others.map((o) => html`<li><strong>${o.name}</strong>: ${o.summary}</li>`)}</ul>
</article>`;
}

function optionHtml(option: RoleOption): Html {
  return html`<section class="turn"><h3>${option.label}</h3>
${option.openAtStart ? '' : html`<p class="meta">Not open when play starts; it opens when: ${option.opensWhen ?? 'the crisis moves'}.</p>`}
<p>${option.changes.length === 0 ? 'Changes nothing by itself.' : `${option.openAtStart ? 'If taken now' : 'What it would do from where things stand now'}: ${option.changes.join('; ')}.`}</p>
${option.chances.length > 0 ? html`<p>It may turn out more than one way:</p><ul>${option.chances.map((c) => html`<li>${c.label}${c.changes.length > 0 ? `: ${c.changes.join('; ')}` : ''}</li>`)}</ul>` : ''}
${cardQuote(option.citation)}</section>`;
}

/** A passage on a card, attributed to its article by number and name rather than by path. */
function cardQuote(citation: Citation): Html {
  return html`<blockquote>“${citation.quote}”<cite>${articleLabel(citation.article)}</cite></blockquote>`;
}
