import { actorSubject, articleLabel } from './article-label.js';
import { markdownInline as inline, markdownParagraphs as paragraphs } from './markdown-text.js';
import type { RoleCard, RoleOption } from './role-card.js';

/**
 * Role cards as Markdown, one after another, separated by rules. Every piece of scenario
 * text is escaped (see markdown-text.ts): the card's structure is this file's alone.
 */
export function roleCardsMarkdown(cards: readonly RoleCard[]): string {
  return `${cards.map(cardMarkdown).join('\n---\n\n')}`;
}

function cardMarkdown(card: RoleCard): string {
  const lines = [
    `# You are ${inline(actorSubject(card.actor.name))}`,
    '',
    `**${inline(card.scenario.title)}**`,
    '',
    paragraphs(card.scenario.brief),
    '',
    `**What has just happened:** ${inline(card.scenario.trigger)}.`,
    '',
    `## Who you are`,
    '',
    paragraphs(card.actor.summary),
    '',
    '## Where things stand',
    '',
    ...card.opening.map((l) => `- ${inline(l)}`),
    '',
    '## What you care about (most important first)',
    '',
  ];
  for (const interest of card.interests) {
    lines.push(`### ${inline(interest.label)}`, '', paragraphs(interest.rationale), '', `> “${inline(interest.citation.quote)}” (${inline(articleLabel(interest.citation.article))})`, '');
  }
  lines.push('## What you can do', '');
  for (const option of card.options) lines.push(...optionMarkdown(option));
  lines.push('## The others at the table', '', ...card.others.map((o) => `- **${inline(o.name)}**: ${inline(o.summary)}`), '');
  return lines.join('\n');
}

function optionMarkdown(option: RoleOption): string[] {
  const lines = [`### ${inline(option.label)}`, ''];
  if (!option.openAtStart) lines.push(`_Not open when play starts; it opens when: ${inline(option.opensWhen ?? 'the crisis moves')}._`, '');
  lines.push(option.changes.length === 0 ? 'Changes nothing by itself.' : `${option.openAtStart ? 'If taken now' : 'What it would do from where things stand now'}: ${option.changes.map(inline).join('; ')}.`, '');
  if (option.chances.length > 0) {
    lines.push('It may turn out more than one way:', '', ...option.chances.map((c) => `- ${inline(c.label)}${c.changes.length > 0 ? `: ${c.changes.map(inline).join('; ')}` : ''}`), '');
  }
  lines.push(`> “${inline(option.citation.quote)}” (${inline(articleLabel(option.citation.article))})`, '');
  return lines;
}
