import { quantityValues } from '../records/run-record.js';
import type { Effect, Scenario } from '../engine/scenario.js';
import type { ClassroomGame } from './classroom-game.js';
import type { GameInfo, GameView, Role, SeatOption } from './protocol.js';

/** The scenario's fixed words for a client; `source` is a file scenario's text, for a terminal client to compile. */
export function gameInfo(game: ClassroomGame, source?: string): GameInfo {
  const { scenario } = game;
  return {
    scenario: { id: scenario.id, title: scenario.title, brief: scenario.brief, hash: scenario.hash, overrides: { ...scenario.overrides }, source },
    seed: game.seed,
    horizon: scenario.settings.horizon,
    trigger: scenario.trigger.label,
    actors: scenario.actors.map((a) => ({
      id: a.id,
      name: a.name,
      actions: a.actions.map((x) => ({ id: x.id, label: x.label, outcomes: x.outcomes.map((o) => ({ id: o.id, label: o.label })) })),
    })),
    events: scenario.events.map((e) => ({ id: e.id, label: e.label })),
    injects: scenario.injects.map((e) => ({ id: e.id, label: e.label })),
    quantities: scenario.quantities.map((q) => ({ id: q.id, label: q.label, unit: q.unit })),
    outcomes: scenario.outcomes.map((o) => ({ id: o.id, label: o.label })),
    seats: [...game.seats],
  };
}

/**
 * What one client may see now. Public: every played turn (its move, chance result and
 * events, and the world after it), who is connected and who is to move. Private: only the
 * client's own seat's options, and only while it is to move, so no seat ever sees another's
 * pending choice. The model's figures (expected utilities, probabilities, terms) go out
 * only while the instructor has opened the model view; the instructor always sees them.
 * `from` leaves out the turns the client already has.
 */
export function gameView(game: ClassroomGame, role: Role, seat?: string, from = 0): GameView {
  const { seated, scenario } = game;
  const figures = game.modelView || role === 'instructor';
  const held = game.ended ? game.records()?.[0]?.record.outcomes : undefined;
  const yourTurn = role === 'seat' && seat !== undefined && game.toMove === seat;
  const response = seated.pending?.response;
  return {
    turns: seated.turns.slice(from).map((t) => (figures ? t : { ...t, options: [] })),
    from,
    triggerState: quantityValues(scenario, seated.start.values),
    seats: game.seats.map((actor) => ({ actor, group: game.groupOf(actor), connected: game.isConnected(actor), toMove: game.toMove === actor })),
    toMove: game.toMove,
    paused: game.paused,
    modelView: game.modelView,
    timerSeconds: game.timerSeconds,
    secondsLeft: game.secondsLeft(),
    ended: game.ended,
    outcomes: held && scenario.outcomes.map((o) => ({ id: o.id, label: o.label, held: held[o.id] ?? false })),
    yours: yourTurn ? seatOptions(game, figures) : undefined,
    answering: yourTurn && response !== undefined ? { mover: response.mover.id, action: response.action.id } : undefined,
  };
}

function seatOptions(game: ClassroomGame, figures: boolean): SeatOption[] {
  const pending = game.seated.pending!;
  const { scenario } = game;
  // The seat answers another actor's move: its options are that move's outcomes.
  const { response } = pending;
  if (response !== undefined) {
    return response.outcomes.map((outcome) => {
      const effect = response.action.outcomes.find((o) => o.id === outcome.id)?.effect;
      return {
        action: outcome.id,
        label: `${response.mover.name}: ${response.action.label} — ${outcome.label}`,
        effects: effect === undefined ? [] : effectLines(scenario, effect),
        // An outcome's chance is the scenario's rule, not a model figure: always shown.
        probability: outcome.probability,
      };
    });
  }
  return pending.options.map((option) => {
    const action = pending.actor.actions.find((a) => a.id === option.action)!;
    const effects = effectLines(scenario, action.effect);
    const chance = action.outcomes.filter((o) => o.id !== '');
    for (const outcome of chance) {
      const p = outcome.probability === 'rest' ? 'otherwise' : chanceText(outcome.probability.source);
      const then = effectLines(scenario, outcome.effect);
      effects.push(`${p}: ${outcome.label}${then.length > 0 ? ` (${then.join('; ')})` : ''}`);
    }
    return {
      action: option.action,
      label: action.label,
      effects,
      ...(figures ? { expectedUtility: option.expectedUtility, probability: option.probability } : {}),
    };
  });
}

/** `Oil price: oil_price + 10`, one per changed quantity, in the scenario's words. */
function effectLines(scenario: Scenario, effect: Effect): string[] {
  return [...effect.slots].map((slot, i) => `${scenario.quantities[slot]!.label}: ${effect.formulas[i]!.source}`);
}

/** `60% chance` for a fixed probability; a formula (which depends on the state) as written. */
function chanceText(source: string): string {
  const p = Number(source);
  return source.trim() !== '' && Number.isFinite(p) ? `${Math.round(p * 1000) / 10}% chance` : `chance ${source}`;
}
