/**
 * wargame: seeded, turn-based geopolitical crisis simulations.
 *
 * Load a scenario, run it with a seed, read the record:
 *
 * ```ts
 * import { loadScenario, runScenario } from 'wargame';
 * const scenario = loadScenario('hormuz');          // a built-in id, or a path to a YAML file
 * const record = runScenario(scenario, { seed: 7 });
 * for (const turn of record.turns) console.log(turn.actor, turn.choice);
 * ```
 *
 * Same scenario, seed and engine version always give the same record. The conformance
 * suite (`checkScenario`) and property-test helpers (fast-check arbitraries, states and
 * options by id, `fc.commands`) are in `wargame/testing`.
 *
 * @packageDocumentation
 */

// Loading scenarios
export { builtInScenarioIds, loadScenario, loadResolvedScenario, parseScenarioText } from './scenarios/load.js';
export type { ResolvedScenario } from './scenarios/resolved-scenario.js';
export type { Placement } from './scenarios/checked-scenario.js';
export type { PlainLocator } from './scenarios/locator.js';
export type { Issue, Path } from './scenarios/issue.js';
/**
 * Overrides: change a scenario's numbers without editing its file, with the paths
 * `--set PATH=VALUE` takes (`initial.<quantity>`, `<actor>.<interest>`,
 * `<actor>.rationality`, `decision.rationality`, `decision.lookahead`, `horizon`).
 * `loadScenario(id, overrides)` applies them; `applyOverrides(spec, overrides)` does it
 * to a spec; `withOverrides(scenario, overrides)` to a compiled scenario, in microseconds
 * (its compiled expressions shared); `overrideKeys(spec)` lists every path with its value and range.
 */
export { withOverrides } from './scenarios/with-overrides.js';
export { applyOverrides, overrideKeys, parseOverrides, type OverrideKey, type Overrides } from './scenarios/overrides.js';
export { builtInActors } from './scenarios/library-files.js';
export type { ActorDocument } from './scenarios/schema.js';
export { compileScenario, resolvedSpec, type CompileScenarioOptions } from './scenarios/compile-scenario.js';
export { inertOverrides, inertQuantities, type InertOverride } from './scenarios/inert-quantities.js';
export type {
  ActionSpec,
  ActorSpec,
  ChanceOutcomeSpec,
  CitationSpec,
  DecisionSpec,
  Effects,
  EventSpec,
  Expression,
  InjectSpec,
  InterestSpec,
  OutcomeSpec,
  QuantitySpec,
  ScenarioSpec,
  TriggerSpec,
} from './scenarios/spec.js';

// Compiled scenarios
export type {
  Action,
  Actor,
  Bounds,
  ChanceOutcome,
  Citation,
  Effect,
  Formula,
  Inject,
  Interest,
  NamedOutcome,
  Quantity,
  RandomEvent,
  Scenario,
  Settings,
  Trigger,
} from './engine/scenario.js';
/** A compiled expression: the quantities' vector in, a number out. */
export type { Evaluator, Store } from './engine/expression/whitelist.js';
export type { FormulaCode } from './engine/expression/generated-code.js';

// Running
export { runScenario, type RunOptions } from './records/run.js';
export { runOutcomes } from './batch/run-outcomes.js';
export { replayRun, replaySeatedRun } from './records/replay.js';
export { parseRunRecord } from './records/parse-run-record.js';
export { startRun, isFinished, outcomesHeld, type RunState } from './engine/run-state.js';
export { playTurn, type Decider, type PlayedTurn, type TurnPlayed } from './engine/turn.js';
export { playTurns, WAIT, type Decide, type Instruct, type LoopEnd, type Respond } from './engine/turn-loop.js';
/** What a classroom's instructor decides for a turn: an input of the run, like a person's choice. */
export type { ChanceDecider, DecidedEvent, EventDecision, InstructorInput } from './engine/instructor-input.js';
/** The instructor's orders a seated run holds until a turn plays them (`giveOrder`). */
export type { InstructorOrder, InstructorOrders, OutcomeOrder } from './records/instructor-orders.js';
export { assessTurn, currentActor } from './engine/assess-turn.js';
export {
  awaitedSeat,
  chooseForSeat,
  giveOrder,
  isComplete,
  openSeatedRun,
  seatedRecord,
  type PendingDecision,
  type PendingResponse,
  type ResponseOption,
  type SeatedRun,
} from './records/seated-run.js';
export type { Assessment } from './engine/planner.js';
export type { TurnError, TurnRefusal } from './engine/turn-error.js';
export type { RandomState } from './engine/random.js';
export {
  RUN_RECORD_FORMAT,
  quantityValues,
  type ChanceRecord,
  type InstructorRecord,
  type OptionRecord,
  type QuantityValues,
  type RunRecord,
  type TermRecord,
  type TurnRecord,
} from './records/run-record.js';
/** Which scenario a record, summary or experiment result was made from: id, title, content hash. */
export type { ScenarioHeader } from './records/scenario-header.js';
export { ENGINE_VERSION } from './engine/version.js';

// Batches
// runBatch spreads a batch over worker threads and summarises it; runParallelBatch is the
// same with per-run rows, progress, a range of runs (a shard) and Ctrl-C; a shard's result
// becomes a PartialBatch, and mergePartialBatches puts shards back together exactly.
export { batchRuns, runBatch, runBatchInThread, type BatchRun } from './batch/batch.js';
export type { BatchSummary, OutcomeShare, QuantitySummary } from './batch/batch-summary.js';
/** A batch's exact tallies (what a summary is made from), as a batch result and an experiment's points carry them. */
export type { BatchStatistics, Bin, FirstTurns, QuantityStatistics, StatisticsJson } from './batch/batch-statistics.js';
export { runParallelBatch, type ParallelBatchOptions, type ParallelBatchResult } from './batch/parallel-batch.js';
export {
  MergeError,
  mergePartialBatches,
  toPartialBatch,
  type PartialBatch,
} from './batch/partial-batch.js';
export { parsePartialBatch } from './batch/parse-partial-batch.js';
export { ROW_FORMATS, type RowFormat } from './batch/run-rows.js';
/** What a batch keeps of one run (what BatchStatistics tallies). */
export type { RunResult } from './batch/lean-run.js';
export type { NamedScenarioSource, ScenarioSource, SpecScenarioSource } from './batch/scenario-source.js';
/** The seed of run `i` of the batch with seed `s`: `runSeed(s, i)`, so any run of a batch can be played again alone. */
export { runSeed } from './batch/run-seed.js';
/** Newcombe's (1998, method 10) 95% interval for the difference of two independent shares. */
export { newcombeInterval } from './batch/newcombe-interval.js';
/** Two batch summaries compared outcome by outcome: B − A, its Newcombe interval, a verdict, and notes on seeds and engines (`wargame compare`). */
export { compareBatches, type BatchComparison, type ComparedBatch, type ComparedSummary, type OutcomeDifference } from './batch/batch-comparison.js';
/** A batch's runs played again through the turn loop, as per-turn rows (`wargame batch --out-turns`). */
export { turnColumns, turnRowsHeader, writeTurnRows } from './batch/turn-rows.js';

// Sensitivity analysis, on any function (SALib's sample → evaluate → analyse, in three
// plain functions per method, or in one call)
/**
 * First-order and total Sobol indices with bootstrap errors and intervals: Saltelli
 * sampling (2002, 2010), Jansen's estimators (1999). `sobolIndices(f, ranges, { samples, seed })`.
 */
export { saltelliSample, sobolAnalyse, sobolIndices, type SaltelliDesign, type SobolIndices, type SobolOptions } from './experiments/sobol.js';
/**
 * Morris screening (1991): elementary effects μ*, μ, σ over random trajectories, with
 * the bootstrap error of μ*. `morrisEffects(f, ranges, { trajectories, seed })`.
 */
export { morrisAnalyse, morrisEffects, morrisSample, type MorrisDesign, type MorrisEffects, type MorrisOptions } from './experiments/morris.js';
/**
 * A decision's margin: the option a run took against every rival, term by term, and for
 * each of the mover's interests the weight at which another option would be best (exact,
 * since the mover's expected utility is linear in its own weights).
 */
export { decisionMargin, type DecisionMargin, type RivalMargin, type WeightThreshold } from './experiments/decision-margin.js';
/**
 * Experiments on a scenario (see docs/EXPERIMENTS.md): `sweep` runs a grid or Latin
 * hypercube of overrides (each outcome's share and each quantity's final mean per point);
 * `sensitivity` ranks inputs by one-at-a-time swings, Morris or Sobol indices of one
 * outcome's share, and `sensitivityOfEach` of many outputs (outcomes' shares, quantities'
 * means, or `all`) from one set of runs, each with diagnostics in words. Both take a
 * `ResolvedScenario` (`loadResolvedScenario`) and run through an `Evaluator` (default: this
 * thread), with the same run seeds at every point, and report progress (`onProgress`).
 */
export { sweep, type SweepMeanRow, type SweepOptions, type SweepResult, type SweepRow } from './experiments/sweep.js';
/** The designs a sweep takes and the methods a sensitivity analysis takes, as the CLI and the checks list them. */
export { SWEEP_DESIGNS, type SweepDesign } from './experiments/sweep-design.js';
export { SENSITIVITY_METHODS } from './experiments/sensitivity-row.js';
export {
  InterruptedExperiment,
  sensitivity,
  sensitivityOfEach,
  type SensitivityMethod,
  type SensitivityOptions,
  type SensitivityResult,
  type SensitivityRow,
} from './experiments/sensitivity.js';
/** What a sensitivity analysis says in words: an output that never varied, too few runs, S1 > ST, an index within its error. */
export { sensitivityDiagnostics, type Diagnostic, type DiagnosticsInput } from './experiments/diagnostics.js';
/** Inputs left out (`exclude`: paths or globs) and studied together (`groups`, as SALib's). */
export { parseGroup, type InputGroup } from './experiments/input-selection.js';
export type { ExperimentProgress } from './experiments/experiment-progress.js';
/** Runs an experiment's points in this thread, or on a batch's worker pool (`workers`); the same tallies for any number of threads. */
export {
  localEvaluator,
  pointEvaluator,
  type EvaluatorOptions,
  type PointEvaluator,
  type PointCounts,
  type PointProgress,
} from './experiments/evaluator.js';
export { gridPoints, parseFactor, type Factor } from './experiments/factor.js';
export { defaultFactors } from './experiments/default-factors.js';
/** Latin hypercube sampling (McKay, Beckman & Conover 1979), seeded. */
export { latinHypercube } from './experiments/latin-hypercube.js';
export type { Ranges } from './experiments/ranges.js';

// Scenario discovery (see docs/EXPERIMENTS.md): under which inputs does an outcome happen?
/**
 * `explore` runs a scenario over a Latin hypercube or Monte Carlo sample of input ranges
 * and streams one row per run (the point's inputs, then a batch's columns), every run
 * with its own seed, the same bytes for any number of workers; `exploreDesign` draws the
 * points. `parseRuns` reads such rows back.
 */
export { explore, type ExploreOptions, type ExploreResult } from './discovery/explore.js';
export { EXPLORE_DESIGNS, exploreDesign, type ExploreDesign } from './discovery/explore-design.js';
/** The unscrambled Sobol sequence (Joe & Kuo's direction numbers; the same points as SciPy's), up to 64 dimensions. */
export { MAX_SOBOL_DIMENSIONS, sobolSequence } from './discovery/sobol-sequence.js';
export { parseRuns, RunsFileError, type ParsedRuns } from './discovery/parse-runs.js';
export { discoveryData, type DiscoveryData, type DiscoveryRow, type OutcomeOfInterest } from './discovery/discovery-data.js';
/**
 * PRIM (Friedman & Fisher 1999, as the EMA Workbench runs it): peeling, pasting, the
 * coverage–density–mass trajectory, quasi-p-values of each restricted input, covering.
 * `prim(rows, { inputs, outcome })`.
 */
export { prim, primOnData, type PrimBox, type PrimLimit, type PrimOptions, type PrimResult, type PrimStep } from './discovery/prim.js';
/** A small classification tree grown as scikit-learn's DecisionTreeClassifier (Gini); its leaves as boxes. `cart(rows, { inputs, outcome, maxDepth })`. */
export { cart, cartOnData, type CartLeaf, type CartNode, type CartOptions, type CartResult, type CartRule, type CartSplit } from './discovery/cart.js';
/** Inputs ranked by the Kolmogorov–Smirnov distance between their values where the outcome held and elsewhere (regional sensitivity analysis), with p-values. */
export { featureScores, featureScoresOnData, type FeatureScore, type FeatureScoreOptions } from './discovery/feature-scores.js';
/** The three together on one set of runs, as `wargame discover` prints them. */
export { discover, type DiscoverOptions, type DiscoveryResult } from './discovery/discover.js';

// The world
export { ESCALATION_LADDER, escalationRung, type Rung } from './world/escalation-ladder.js';

// Errors
/** The base of the errors below: each has a stable `code` (ErrorCode), from which the command line's exit status follows. */
export { WargameError, type ErrorCode } from './errors/wargame-error.js';
export { ScenarioError, type LocatedIssue } from './scenarios/scenario-error.js';
export { InputError, UnknownScenarioError } from './errors/input-error.js';
export { OverrideError } from './scenarios/override-error.js';
export { RunError, type RunMoment } from './engine/run-error.js';
export { ReplayError } from './records/replay-error.js';
export { ChoiceError } from './engine/choice-error.js';
/**
 * A state, run state or assessment that does not fit the scenario it was given with
 * (wrong length, a value out of its range or not whole, made for another scenario),
 * thrown by `playTurn`, `assessTurn`, `currentActor`, `isFinished`, `outcomesHeld`,
 * `quantityValues`, `toOptionRecords` and wargame/testing's helpers.
 */
export { StateError } from './engine/state-error.js';
