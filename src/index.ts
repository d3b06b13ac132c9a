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
export { builtInScenarioIds, loadScenario, loadScenarioFile, loadScenarioSpec, parseScenarioText } from './scenarios/load.js';
export type { ResolvedScenario } from './scenarios/parse-scenario.js';
/**
 * Overrides: change a scenario's numbers without editing its file, with the paths
 * `--set PATH=VALUE` takes (`initial.<quantity>`, `<actor>.<interest>`,
 * `<actor>.rationality`, `decision.rationality`, `decision.lookahead`, `horizon`).
 * `loadScenario(id, overrides)` applies them; `applyOverrides(spec, overrides)` does it
 * to a spec; `overrideKeys(spec)` lists every path with its value and range.
 */
export { applyOverrides, overrideKeys, parseOverrides, type OverrideKey, type Overrides } from './scenarios/overrides.js';
export { builtInActors } from './scenarios/library-files.js';
export type { ActorDocument } from './scenarios/schema.js';
export { compileScenario, type CompileScenarioOptions } from './scenarios/compile-scenario.js';
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

// Running
export { runScenario, runOutcomes, type RunOptions } from './engine/run.js';
export { replayRun, replaySeatedRun } from './engine/replay.js';
export { parseRunRecord } from './records/parse-run-record.js';
export { startRun, isFinished, outcomesHeld, type RunState } from './engine/run-state.js';
export { playTurn, type Decider, type PlayedTurn, type TurnPlayed } from './engine/turn.js';
export { playTurns, WAIT, type Decide, type LoopEnd, type Respond } from './engine/turn-loop.js';
export { assessTurn, currentActor } from './engine/assess-turn.js';
export {
  awaitedSeat,
  chooseForSeat,
  isComplete,
  openSeatedRun,
  seatedRecord,
  type PendingDecision,
  type PendingResponse,
  type ResponseOption,
  type SeatedRun,
} from './engine/seated-run.js';
export type { Assessment } from './engine/planner.js';
export type { TurnError, TurnRefusal } from './engine/turn-error.js';
export type { RandomState } from './engine/random.js';
export {
  RUN_RECORD_FORMAT,
  quantityValues,
  toOptionRecords,
  toRunRecord,
  toTurnRecord,
  type ChanceRecord,
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
export { type BatchSummary, type OutcomeShare, type QuantitySummary, summarize } from './batch/batch-summary.js';
export { BatchStatistics, type Bin, type QuantityStatistics, type StatisticsJson } from './batch/batch-statistics.js';
export { runParallelBatch, type ParallelBatchOptions, type ParallelBatchResult } from './batch/parallel-batch.js';
export {
  MergeError,
  mergePartialBatches,
  parsePartialBatch,
  toPartialBatch,
  type PartialBatch,
} from './batch/partial-batch.js';
export { formatRow, rowColumns, rowFormatOf, rowsHeader, type RowFormat } from './batch/run-rows.js';
export { loadSource, type NamedScenarioSource, type ScenarioSource, type SpecScenarioSource } from './batch/scenario-source.js';
export type { DecisionMemoShare } from './engine/decision-memo.js';
export { LeanRun, type RunResult } from './engine/lean-run.js';
export { runSeed } from './batch/run-seed.js';
export { wilsonInterval } from './batch/wilson-interval.js';

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
 * hypercube of overrides; `sensitivity` ranks inputs by one-at-a-time swings, Morris or
 * Sobol indices of one outcome's share. Both take a `ResolvedScenario`
 * (`loadScenarioSpec`) and run through an `Evaluator` (default: this thread), with the
 * same run seeds at every point.
 */
export { sweep, type SweepOptions, type SweepResult, type SweepRow } from './experiments/sweep.js';
export {
  InterruptedExperiment,
  sensitivity,
  type SensitivityMethod,
  type SensitivityOptions,
  type SensitivityResult,
  type SensitivityRow,
} from './experiments/sensitivity.js';
export { countOutcomes, localEvaluator, type PointEvaluator, type PointCounts } from './experiments/evaluator.js';
/** Runs an experiment's points on worker threads; the same counts as localEvaluator, for any number of workers. */
export { poolEvaluator } from './experiments/pool-evaluator.js';
export { gridPoints, parseFactor, type Factor } from './experiments/factor.js';
export { defaultFactors } from './experiments/default-factors.js';
/** Latin hypercube sampling (McKay, Beckman & Conover 1979), seeded. */
export { latinHypercube } from './experiments/latin-hypercube.js';
export type { Ranges } from './experiments/ranges.js';

// The world
export { ESCALATION_LADDER, escalationRung, type Rung } from './world/escalation-ladder.js';

// Errors
export { ScenarioError, type LocatedIssue } from './scenarios/scenario-error.js';
export { InputError, UnknownScenarioError } from './scenarios/input-error.js';
export { OverrideError } from './scenarios/override-error.js';
export { RunError, type RunMoment } from './engine/run-error.js';
export { ReplayError } from './engine/replay-error.js';
export { ChoiceError } from './engine/choice-error.js';
/**
 * A state, run state or assessment that does not fit the scenario it was given with
 * (wrong length, a value out of its range or not whole, made for another scenario),
 * thrown by `playTurn`, `assessTurn`, `currentActor`, `isFinished`, `outcomesHeld`,
 * `quantityValues`, `toOptionRecords` and wargame/testing's helpers.
 */
export { StateError } from './engine/state-error.js';
