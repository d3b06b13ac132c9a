import type { Scenario } from '../engine/scenario.js';
import { eventLabel, injectLabel, outcomeLabels } from '../engine/scenario-labels.js';
import type { TurnRecord } from '../records/run-record.js';
import { percent } from './quantity-format.js';

/**
 * What a classroom's instructor did on a turn, in plain words, one phrase each and in the
 * order it happened: the chance outcome decided, then events made to fire or held back,
 * then injects. Empty for a turn the instructor left alone. Said as the instructor's
 * doing, never as chance's, with the chance the model gave it.
 */
export function instructorPhrases(scenario: Scenario, turn: TurnRecord): string[] {
  const phrases: string[] = [];
  if (turn.chance?.decidedBy === 'instructor') {
    const { outcome } = outcomeLabels(scenario, { actor: turn.actor, action: turn.choice ?? '', outcome: turn.chance.outcome });
    phrases.push(`the instructor decided: ${outcome} (the model's chance was ${percent(turn.chance.probability)})`);
  }
  for (const decided of turn.instructor?.events ?? []) {
    const label = eventLabel(scenario, decided.event);
    phrases.push(`the instructor ${decided.fires ? 'injected' : 'held back'}: ${label} (the model's chance was ${percent(decided.probability)})`);
  }
  for (const id of turn.instructor?.injects ?? []) {
    phrases.push(`the instructor injected: ${injectLabel(scenario, id)}`);
  }
  return phrases;
}

/** The turn's random events that fired by the dice, not by the instructor's decision. */
export function drawnEvents(turn: TurnRecord): string[] {
  const decided = new Set((turn.instructor?.events ?? []).map((e) => e.event));
  return turn.events.filter((id) => !decided.has(id));
}

/** What happened after a turn's move, in words: the dice's events, then the instructor's doing. */
export function eventLabels(scenario: Scenario, turn: TurnRecord): string[] {
  return [...drawnEvents(turn).map((id) => eventLabel(scenario, id)), ...instructorPhrases(scenario, turn)];
}
