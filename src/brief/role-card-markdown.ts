import { articleName } from '../report/quote.js';
import type { RoleCard, RoleOption } from './role-card.js';

/** Role cards as Markdown, one after another, separated by rules. */
export function roleCardsMarkdown(cards: readonly RoleCard[]): string {
  return `${cards.map(cardMarkdown).join('\n---\n\n')}`;
}

function cardMarkdown(card: RoleCard): string {
  const lines = [
    `# You are ${card.actor.name}`,
    '',
    `**${card.scenario.title}**`,
    '',
    card.scenario.brief,
    '',
    `**What has just happened:** ${card.scenario.trigger}.`,
    '',
    `## Who you are`,
    '',
    card.actor.summary,
    '',
    '## Where things stand',
    '',
    ...card.opening.map((l) => `- ${l}`),
    '',
    '## What you care about (most important first)',
    '',
  ];
  for (const interest of card.interests) {
    lines.push(`### ${interest.label}`, '', interest.rationale, '', `> “${interest.citation.quote}” (${articleName(interest.citation.article)})`, '');
  }
  lines.push('## What you can do', '');
  for (const option of card.options) lines.push(...optionMarkdown(option));
  lines.push('## The others at the table', '', ...card.others.map((o) => `- **${o.name}**: ${o.summary}`), '');
  return lines.join('\n');
}

function optionMarkdown(option: RoleOption): string[] {
  const lines = [`### ${option.label}`, ''];
  if (!option.openAtStart) lines.push('_Not open when play starts; it may open as the crisis moves._', '');
  lines.push(option.changes.length === 0 ? 'Changes nothing by itself.' : `${option.openAtStart ? 'If taken now' : 'What it would do from where things stand now'}: ${option.changes.join('; ')}.`, '');
  if (option.chances.length > 0) {
    lines.push('It may turn out more than one way:', '', ...option.chances.map((c) => `- ${c.label}${c.changes.length > 0 ? `: ${c.changes.join('; ')}` : ''}`), '');
  }
  lines.push(`> “${option.citation.quote}” (${articleName(option.citation.article)})`, '');
  return lines;
}
