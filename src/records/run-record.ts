import type { Assessment } from '../engine/planner.js';
import type { RunState } from '../engine/run-state.js';
import type { Scenario, Settings } from '../engine/scenario.js';
import type { Decider, PlayedTurn } from '../engine/turn.js';
import { checkAssessment } from '../engine/assessment-check.js';
import { checkState } from '../engine/state-check.js';
import { ENGINE_VERSION } from '../engine/version.js';
import { round6 } from './round6.js';
import { type ScenarioHeader, scenarioHeader } from './scenario-header.js';

export const RUN_RECORD_FORMAT = 'wargame-run/1';

/**
 * A complete account of one run: enough to audit every decision and to reproduce the run
 * exactly. Documented field by field in docs/RUN-RECORD.md. Numbers are rounded to six
 * decimals; the engine itself works at full precision.
 */
export interface RunRecord {
  readonly format: typeof RUN_RECORD_FORMAT;
  readonly engineVersion: string;
  readonly scenario: ScenarioHeader;
  readonly seed: number;
  readonly settings: Settings;
  /**
   * The overrides (`--set PATH=VALUE`) the scenario ran under, PATH → value. Absent when
   * there were none, so a record of a scenario as written is what it was before overrides.
   */
  readonly overrides?: Readonly<Record<string, number>> | undefined;
  /**
   * The name of the group that played the run (`wargame play --group NAME`). Absent when
   * none was given, so a record saved without one is what it was before groups.
   */
  readonly group?: string | undefined;
  /** Quantities before the trigger. */
  readonly initial: QuantityValues;
  readonly trigger: { readonly id: string; readonly label: string; readonly state: QuantityValues };
  readonly turns: readonly TurnRecord[];
  /** Whether each named outcome held, by outcome id. */
  readonly outcomes: Readonly<Record<string, boolean>>;
}

export type QuantityValues = Readonly<Record<string, number>>;

export interface TurnRecord {
  readonly turn: number;
  /** 1 for the first pass through the turn order, and so on. */
  readonly round: number;
  readonly actor: string;
  readonly decidedBy: Decider;
  /** Every legal option, in the actor's declared order. */
  readonly options: readonly OptionRecord[];
  /** The action taken, or null when no action was legal and the actor passed. */
  readonly choice: string | null;
  /**
   * The chance outcome drawn, or null for an action with a single certain outcome.
   * `decidedBy` is present only where a person at the respondent's seat ('human') or a
   * classroom's instructor ('instructor') decided the outcome (the dice's draw is then
   * unused), so earlier records read as before.
   */
  readonly chance: ChanceRecord | null;
  /** Random events that fired after the move, in order (the instructor's included). */
  readonly events: readonly string[];
  /**
   * What a classroom's instructor decided for this turn beyond its chance outcome: random
   * events made to fire or held back, and injects. Absent when nothing, so records of runs
   * without an instructor are what they were before.
   */
  readonly instructor?: InstructorRecord | undefined;
  /** Quantities at the end of the turn. */
  readonly state: QuantityValues;
}

export interface ChanceRecord {
  readonly outcome: string;
  /** The model's probability of this outcome, whoever decided it. */
  readonly probability: number;
  readonly decidedBy?: 'human' | 'instructor' | undefined;
}

/** The instructor's inputs to one turn, as a replay plays them again. */
export interface InstructorRecord {
  /** Random events whose firing the instructor decided (fires: true is an injected event), with the model's chance of each then. */
  readonly events?: readonly { readonly event: string; readonly fires: boolean; readonly probability: number }[] | undefined;
  /** Ids of the scenario's injects applied after the events, in order. */
  readonly injects?: readonly string[] | undefined;
}

export interface OptionRecord {
  readonly action: string;
  readonly expectedUtility: number;
  /** The model's logit probability of choosing this option. */
  readonly probability: number;
  /** The expected utility split by interest: contribution = weight × value. */
  readonly terms: readonly TermRecord[];
}

export interface TermRecord {
  readonly interest: string;
  /** Expected value of the interest's term after the option and the anticipated replies. */
  readonly value: number;
  readonly contribution: number;
}

/** A state by quantity id, rounded as records are. Throws a StateError for a state that is not one of the scenario's. */
export function quantityValues(scenario: Scenario, values: Float64Array): QuantityValues {
  checkState(scenario, values, 'quantityValues');
  const out: Record<string, number> = {};
  for (const q of scenario.quantities) out[q.id] = round6(values[q.slot]!);
  return out;
}

/**
 * The mover's legal options as a turn record lists them, rounded as records are. Also what
 * a seat shows before a person chooses, so the figures seen then are the ones a replay shows.
 * Throws a StateError for an assessment that is not one of the scenario's (made for another
 * scenario, or by hand with the wrong turn, actor, actions or number of terms).
 */
export function toOptionRecords(scenario: Scenario, assessment: Assessment): OptionRecord[] {
  checkAssessment(scenario, assessment, 'toOptionRecords');
  const actor = scenario.actors[assessment.actor]!;
  return assessment.legal.map((actionIndex, i): OptionRecord => {
    const expected = assessment.terms[i]!;
    return {
      action: actor.actions[actionIndex]!.id,
      expectedUtility: round6(assessment.utilities[i]!),
      probability: round6(assessment.probabilities[i]!),
      terms: actor.interests.map((interest, k) => ({
        interest: interest.id,
        value: round6(expected[k]!),
        contribution: round6(interest.weight * expected[k]!),
      })),
    };
  });
}

export function toTurnRecord(scenario: Scenario, played: PlayedTurn, values: Float64Array): TurnRecord {
  const actor = scenario.actors[played.actor]!;
  const { assessment } = played;
  const options = toOptionRecords(scenario, assessment);
  const action = played.chosen >= 0 ? actor.actions[assessment.legal[played.chosen]!]! : undefined;
  const outcome = action?.outcomes[played.outcome];
  return {
    turn: played.turn,
    round: Math.ceil(played.turn / scenario.actors.length),
    actor: actor.id,
    decidedBy: played.decidedBy,
    options,
    choice: action?.id ?? null,
    chance:
      outcome === undefined || outcome.id === ''
        ? null
        : {
            outcome: outcome.id,
            probability: round6(played.outcomeProbability),
            ...(played.outcomeDecidedBy === 'model' ? {} : { decidedBy: played.outcomeDecidedBy }),
          },
    events: played.events.map((i) => scenario.events[i]!.id),
    ...instructorField(scenario, played),
    state: quantityValues(scenario, values),
  };
}

/** `{ instructor }` when the instructor decided an event or injected one on the turn, else nothing. */
function instructorField(scenario: Scenario, played: PlayedTurn): { readonly instructor?: InstructorRecord } {
  const { decidedEvents, injects } = played;
  if (decidedEvents.length === 0 && injects.length === 0) return {};
  return {
    instructor: {
      ...(decidedEvents.length === 0
        ? {}
        : { events: decidedEvents.map((d) => ({ event: scenario.events[d.event]!.id, fires: d.fires, probability: round6(d.probability) })) }),
      ...(injects.length === 0 ? {} : { injects: injects.map((i) => scenario.injects[i]!.id) }),
    },
  };
}

/** What a run record says before any turn: the scenario, seed, settings and trigger. */
export type RunHeader = Omit<RunRecord, 'turns' | 'outcomes'>;

export function toRunHeader(scenario: Scenario, start: RunState): RunHeader {
  return {
    format: RUN_RECORD_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: scenarioHeader(scenario),
    seed: start.seed,
    settings: { ...scenario.settings },
    ...overridesField(scenario),
    initial: quantityValues(scenario, scenario.initial),
    trigger: { id: scenario.trigger.id, label: scenario.trigger.label, state: quantityValues(scenario, start.values) },
  };
}

export function toRunRecord(
  scenario: Scenario,
  start: RunState,
  turns: readonly TurnRecord[],
  outcomes: readonly boolean[],
): RunRecord {
  return {
    ...toRunHeader(scenario, start),
    turns,
    outcomes: Object.fromEntries(scenario.outcomes.map((o, i) => [o.id, outcomes[i]!])),
  };
}

/**
 * The record named as a group's: `group` placed after the scenario's settings and
 * overrides, where a reader of the file meets it before the turns.
 */
export function withGroup(record: RunRecord, group: string): RunRecord {
  const { initial, trigger, turns, outcomes, group: _earlier, ...head } = record;
  return { ...head, group, initial, trigger, turns, outcomes };
}

/** `{ overrides }` when the scenario was compiled with any, else nothing. */
export function overridesField(scenario: Scenario): { readonly overrides?: Readonly<Record<string, number>> } {
  return Object.keys(scenario.overrides).length === 0 ? {} : { overrides: { ...scenario.overrides } };
}
