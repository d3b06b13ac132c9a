/**
 * The checks `checkScenario` makes, each an invariant any valid scenario keeps whatever
 * its weights, and what each one holds. OpenSpiel's RandomSimTest and ChanceOutcomesTest
 * check the first six of a game; the last two check the planner itself.
 */
export const CONFORMANCE_CHECKS = {
  'runs-complete': 'every run plays from its trigger to its horizon without an error',
  legality:
    'the options assessed are exactly the actions whose precondition holds; every action played is one of them; an unknown or illegal action is refused with a value, not an exception',
  determinism: 'the same scenario, seed and choices give the same record, byte for byte, and the same turn from the same run state',
  replay: "a run's record, written as JSON and read back, replays to the same bytes; the batch's fast path reaches the same outcomes",
  ranges: 'every quantity stays finite and within its range after the trigger and every turn, and whole where it is an integer',
  probabilities:
    "choice probabilities are the logit of the expected utilities at the actor's λ: each in [0, 1], summing to 1; utilities and terms finite; the model's choice is the one the turn's first uniform draw picks from them",
  chance:
    "every legal action's chance outcomes have probabilities in [0, 1] summing to 1 at the state; the outcome drawn had a positive probability, the one recorded, and is the one the turn's second uniform draw picks from them; each random event fires when its draw is below its probability, and the turn ends in the state the move, its outcome and the events make",
  'inputs-unchanged': 'no call changes the scenario or the run state, state or assessment it is given',
  anticipation:
    "the replies a mover anticipates are the replies the replier plays from the same state, searching the moves the mover's lookahead leaves it; and they explain the mover's expected utilities",
  regret:
    "an option's expected-utility shortfall against the best (its regret r) is what λ implies: p = p_best·e^(−λr), so a chosen option has p ≤ e^(−λr), and the expected regret is at most H(p)/λ ≤ ln(options)/λ",
} as const;

/** The name of one conformance check. */
export type ConformanceCheck = keyof typeof CONFORMANCE_CHECKS;

/** Every check, in the order reports list them. */
export const CONFORMANCE_CHECK_NAMES = Object.keys(CONFORMANCE_CHECKS) as ConformanceCheck[];
