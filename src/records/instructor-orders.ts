import type { EventDecision, InstructorInput } from '../engine/instructor-input.js';
import type { PlayedTurn } from '../engine/turn.js';
import type { TurnRefusal } from '../engine/turn-error.js';
import type { Action, Scenario } from '../engine/scenario.js';
import { didYouMean } from '../text/did-you-mean.js';

/**
 * One instruction a classroom's instructor gives: make a random event fire at the next
 * turn (an injected event) or hold it back, apply one of the scenario's `injects:` at the
 * next turn, or decide the outcome of an action the next time the dice would draw it.
 * `withdraw` takes back every order not yet played.
 */
export type InstructorOrder =
  | { readonly kind: 'event'; readonly event: string; readonly fires: boolean }
  | { readonly kind: 'inject'; readonly inject: string }
  | { readonly kind: 'outcome'; readonly actor: string; readonly action: string; readonly outcome: string }
  | { readonly kind: 'withdraw' };

/** A decided outcome waiting for its action to be taken. */
export interface OutcomeOrder {
  readonly actor: string;
  readonly action: string;
  readonly outcome: string;
}

/** The orders given and not yet played. Plain data; every order makes a new one. */
export interface InstructorOrders {
  /** For the next turn played, whoever plays it, in the order given. */
  readonly events: readonly EventDecision[];
  readonly injects: readonly string[];
  /** Each waits for the next turn that takes its action and leaves the outcome to the dice. */
  readonly outcomes: readonly OutcomeOrder[];
}

export const NO_ORDERS: InstructorOrders = { events: [], injects: [], outcomes: [] };

export function hasOrders(orders: InstructorOrders): boolean {
  return orders.events.length + orders.injects.length + orders.outcomes.length > 0;
}

/**
 * The orders with `order` added, or why it is refused (an id the scenario does not have).
 * An order about an event, or an action's outcome, replaces an earlier one about the same.
 */
export function withOrder(scenario: Scenario, orders: InstructorOrders, order: InstructorOrder): InstructorOrders | TurnRefusal {
  switch (order.kind) {
    case 'withdraw':
      return NO_ORDERS;
    case 'event': {
      const ids = scenario.events.map((e) => e.id);
      if (!ids.includes(order.event)) return unknown(`the scenario has no random event '${order.event}'${didYouMean(order.event, ids)}`);
      const events = [...orders.events.filter((e) => e.event !== order.event), { event: order.event, fires: order.fires }];
      return { ...orders, events: scenario.events.flatMap((e) => events.filter((d) => d.event === e.id)) };
    }
    case 'inject': {
      const ids = scenario.injects.map((e) => e.id);
      if (!ids.includes(order.inject)) return unknown(`the scenario has no inject '${order.inject}'${didYouMean(order.inject, ids)}`);
      return orders.injects.includes(order.inject) ? orders : { ...orders, injects: [...orders.injects, order.inject] };
    }
    case 'outcome': {
      const action = actionOf(scenario, order.actor, order.action);
      if (action === undefined) return unknown(`no actor '${order.actor}' has an action '${order.action}'`);
      if (!action.outcomes.some((o) => o.id === order.outcome && o.id !== '')) {
        return unknown(`'${order.action}' has no chance outcome '${order.outcome}'`);
      }
      const { actor, outcome } = order;
      return { ...orders, outcomes: [...orders.outcomes.filter((o) => o.actor !== actor || o.action !== order.action), { actor, action: order.action, outcome }] };
    }
  }
}

/**
 * What the orders decide for a turn that takes `action` (undefined when the mover passes):
 * the events and injects always; the action's outcome only when it has an order and no
 * person answers it (a seated respondent's answer is the group's, and the order waits).
 */
export function inputFor(scenario: Scenario, orders: InstructorOrders, action: Action | undefined, answered: boolean): InstructorInput | undefined {
  const outcome = answered || action === undefined ? undefined : orders.outcomes.find((o) => actionOf(scenario, o.actor, o.action) === action)?.outcome;
  if (outcome === undefined && orders.events.length === 0 && orders.injects.length === 0) return undefined;
  return { outcome, events: orders.events, injects: orders.injects };
}

/** The orders left after a turn was played with them: the events and injects are spent, and the outcome it decided. */
export function afterTurn(scenario: Scenario, orders: InstructorOrders, played: PlayedTurn): InstructorOrders {
  if (!hasOrders(orders)) return orders;
  const actor = scenario.actors[played.actor]!;
  const action = played.chosen >= 0 ? actor.actions[played.assessment.legal[played.chosen]!]! : undefined;
  const outcomes =
    played.outcomeDecidedBy === 'instructor' ? orders.outcomes.filter((o) => o.actor !== actor.id || o.action !== action?.id) : orders.outcomes;
  return { events: [], injects: [], outcomes };
}

function actionOf(scenario: Scenario, actor: string, action: string): Action | undefined {
  return scenario.actors.find((a) => a.id === actor)?.actions.find((a) => a.id === action);
}

function unknown(message: string): TurnRefusal {
  return { ok: false, error: 'unknown-action', message };
}
