import type { RunHeader, RunRecord, TurnRecord } from '../../records/run-record.js';
import type { Scenario } from '../../engine/scenario.js';
import { eventLabel, outcomeLabels } from '../../engine/scenario-labels.js';
import { explainChoice, type ChoiceExplanation } from '../../presentation/decision-explanation.js';
import { changesBetween, formatChange, formatValue, isFlag, percent, signed } from '../../presentation/quantity-format.js';
import { overridesLines } from '../../presentation/overrides-lines.js';
import { drawnEvents, instructorPhrases } from '../../presentation/instructor-words.js';

/** A run record as a readable log: the trigger, every turn with its reasons, the outcomes. */
export function formatTurnLog(scenario: Scenario, record: RunRecord): string {
  const lines = playedLines(scenario, record, record.turns);
  const before = record.turns.at(-1)?.state ?? record.trigger.state;
  lines.push('', 'Outcomes');
  const width = Math.max(...scenario.outcomes.map((o) => o.label.length));
  for (const outcome of scenario.outcomes) {
    lines.push(`  ${outcome.label.padEnd(width)}  ${record.outcomes[outcome.id] ? 'yes' : 'no'}`);
  }
  lines.push('', 'Final state');
  const labelWidth = Math.max(...scenario.quantities.map((q) => q.label.length));
  for (const q of scenario.quantities.filter((q) => q.between === undefined && !isFlag(q))) {
    lines.push(`  ${q.label.padEnd(labelWidth)}  ${formatValue(q, before[q.id]!)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The log of a run that stopped with an error: the turns played before it, and where it stopped. */
export function formatUnfinishedLog(scenario: Scenario, header: RunHeader, turns: readonly TurnRecord[]): string {
  const lines = playedLines(scenario, header, turns);
  lines.push('', `Stopped ${turns.length === 0 ? 'during the first turn' : `after turn ${turns.length}`}: see the error below.`);
  return `${lines.join('\n')}\n`;
}

function playedLines(scenario: Scenario, header: RunHeader, turns: readonly TurnRecord[]): string[] {
  const { settings } = header;
  const lines: string[] = [
    scenario.title,
    `${header.scenario.id}${header.group === undefined ? '' : ` · group ${header.group}`} · seed ${header.seed} · ${settings.horizon} turns · rationality ${settings.rationality} · lookahead ${settings.lookahead} · engine ${header.engineVersion}`,
    ...overridesLines(header.overrides ?? {}),
    '',
    `Trigger   ${header.trigger.label}`,
    ...changeLines(scenario, header.initial, header.trigger.state),
  ];
  let before = header.trigger.state;
  for (const turn of turns) {
    lines.push('', ...turnLines(scenario, turn, before));
    before = turn.state;
  }
  return lines;
}

function turnLines(scenario: Scenario, turn: TurnRecord, before: Record<string, number>): string[] {
  const actor = scenario.actors.find((a) => a.id === turn.actor)!;
  const action = actor.actions.find((a) => a.id === turn.choice);
  const chance = turn.chance === null ? '' : `: ${outcomeLabels(scenario, { actor: turn.actor, action: turn.choice ?? '', outcome: turn.chance.outcome }).outcome}`;
  const who = turn.decidedBy === 'human' ? ' (played by a person)' : '';
  const answered = turn.chance?.decidedBy === 'human' ? ' (answered by a person)' : turn.chance?.decidedBy === 'instructor' ? ' (decided by the instructor)' : '';
  const head =
    action === undefined
      ? `Turn ${turn.turn}  ${actor.name} has no legal action and passes`
      : `Turn ${turn.turn}  ${actor.name}${who} → ${action.label}${chance}${answered}`;
  const lines = [head];
  // Students read the scenario's words, not its ids; quotes keep a label with commas in one piece.
  const named = (id: string): string => `“${actor.actions.find((a) => a.id === id)?.label ?? id}”`;
  if (action !== undefined) {
    const chosen = turn.options.find((o) => o.action === turn.choice)!;
    const others = turn.options
      .filter((o) => o !== chosen)
      .sort((a, b) => b.probability - a.probability)
      .map((o) => `${named(o.action)} ${percent(o.probability)}`);
    lines.push(`  chose     ${named(chosen.action)} (${percent(chosen.probability)})${others.length ? ` over ${others.join(', ')}` : ''}`);
    const why = explainChoice(actor, turn);
    if (why !== undefined) lines.push(reasonLine(turn, why, named(why.rival.action)));
  }
  lines.push(...changeLines(scenario, before, turn.state));
  const drawn = drawnEvents(turn);
  if (drawn.length > 0) {
    const labels = drawn.map((id) => eventLabel(scenario, id));
    lines.push(`  events    ${labels.join('; ')}`);
  }
  for (const phrase of instructorPhrases(scenario, turn)) lines.push(`  instructor ${phrase.replace(/^the instructor /, '')}`);
  return lines;
}

/** Why the choice was made, in the words that fit who made it and how. */
function reasonLine(turn: TurnRecord, why: ChoiceExplanation, rival: string): string {
  const terms = why.terms.map((t) => `${t.label} ${signed(t.difference)}`).join(', ') || 'small differences in many terms';
  const margin = Math.abs(why.margin).toFixed(2);
  if (turn.decidedBy === 'human') {
    if (why.tied) return `  decided   by a person; the model rates ${rival} the same`;
    return why.best
      ? `  decided   by a person, as the model would: it beats ${rival} by ${margin}: ${terms}`
      : `  decided   by a person; the model preferred ${rival} by ${margin} points: ${terms}`;
  }
  if (why.tied) return `  drawn     at random: ${rival} scored the same`;
  return why.best
    ? `  because   it beats ${rival} by ${margin}: ${terms}`
    : `  drawn     at random by the model's odds, though ${rival} scored ${margin} points higher: ${terms}`;
}

function changeLines(scenario: Scenario, before: Record<string, number>, after: Record<string, number>): string[] {
  const changes = changesBetween(scenario.quantities, before, after).map(formatChange);
  return changes.length === 0 ? ['  changed   nothing'] : [`  changed   ${changes.join(' · ')}`];
}
