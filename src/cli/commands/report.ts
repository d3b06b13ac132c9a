import { Command } from 'commander';
import { basename, resolve } from 'node:path';
import { runBatchInThread } from '../../batch/batch.js';
import { olderRecord, replayRun } from '../../records/replay.js';
import { ReplayError } from '../../records/replay-error.js';
import type { Scenario } from '../../engine/scenario.js';
import { groupNames } from '../../report/group-name.js';
import type { Experiment, ReportContents } from '../../report/report.js';
import { readReportInputs, REPORT_FORMATS, type ReportInput } from '../../report/report-input.js';
import { builtInScenarioIds, loadScenario } from '../../scenarios/load.js';
import { writeOutputFile } from '../../output/atomic-output.js';
import type { CliIo } from '../cli-io.js';
import { refuseOutputAmongInputs } from '../output-among-inputs.js';
import { DEFAULT_SEED, parseRuns, parseSeed } from '../options.js';
import { UsageError } from '../usage-error.js';

/** Runs the model makes for a class's comparison when no batch summary is given. */
const DEFAULT_MODEL_RUNS = 1000;

interface ReportOptions {
  output?: string;
  scenario?: string;
  runs?: number;
  seed: number;
}

export function reportCommand(io: CliIo): Command {
  return new Command('report')
    .description('write a self-contained HTML debrief of saved runs (one, or a class), batch summaries, sweeps, sensitivity analyses and scenario discoveries')
    .argument('<input...>', `run records (wargame run --json, or saved from play with s) batch summaries (wargame batch --json), sweeps, sensitivity analyses and discoveries (--json), per-turn rows (batch --out-turns), comparisons (compare --json); reads ${REPORT_FORMATS.join(', ')}`)
    .option('-o, --output <file>', 'write the report to this file (default: standard output)')
    .option('--scenario <file>', 'the scenario file the runs used, if it is not the built-in scenario they name')
    .option('--runs <n>', `for a class: runs of the model to compare with (default ${DEFAULT_MODEL_RUNS}; a batch summary among the inputs is used instead)`, parseRuns)
    .option('--seed <n>', "batch seed for the model's runs", parseSeed, DEFAULT_SEED)
    .action(async (files: string[], options: ReportOptions) => {
      if (options.output !== undefined) refuseOutputAmongInputs('-o', options.output, [...files, ...(options.scenario === undefined ? [] : [options.scenario])]);
      const inputs = distinctFiles(files, io).flatMap(readReportInputs);
      warnSameRuns(inputs, io);
      const runInputs = inputs.filter((i): i is Extract<ReportInput, { kind: 'run' }> => i.kind === 'run');
      const batchInputs = inputs.filter((i): i is Extract<ReportInput, { kind: 'batch' }> => i.kind === 'batch');
      const scenario = runInputs.length === 0 ? undefined : runsScenario(runInputs, options.scenario);
      const names = groupNames(runInputs.map((i) => ({ file: i.file, group: i.record.group })));
      const runs = runInputs.map((input, k) => {
        const older = olderRecord(input.record);
        if (older === undefined) return { name: names[k]!, record: checkedRecord(scenario!, input) };
        // An older engine's record is shown as recorded, and marked so wherever it is named.
        io.stderr.write(`report: ${input.file}: shown as recorded, not re-checked by this engine (${older})\n`);
        return { name: `${names[k]!} (not re-checked by this engine)`, record: input.record };
      });
      const given = scenario === undefined ? undefined : batchInputs.find((b) => b.summary.scenario.hash === scenario.hash);
      let model: ReportContents['model'];
      if (runs.length > 1) {
        if (given !== undefined && options.runs === undefined) {
          model = { summary: given.summary, source: `${given.summary.runs} runs, batch seed ${given.summary.seed} (${basename(given.file)})` };
        } else {
          const n = options.runs ?? DEFAULT_MODEL_RUNS;
          model = { summary: runBatchInThread(scenario!, { runs: n, seed: options.seed }), source: `${n} runs made for this report, batch seed ${options.seed}` };
        }
      }
      const batches = batchInputs.filter((b) => b !== given || model?.summary !== b.summary).map((b) => ({ file: basename(b.file), summary: b.summary }));
      // Inputs are named by file name alone: a report is shared, the instructor's folders are not.
      const experiments = inputs.filter((i): i is Experiment => i.kind === 'sweep' || i.kind === 'sensitivity' || i.kind === 'discovery' || i.kind === 'turns' || i.kind === 'comparison').map((e) => ({ ...e, file: basename(e.file) }));
      // Vega is loaded only here: every other command starts without it.
      const { buildReport } = await import('../../report/report.js');
      const text = await buildReport({ runs, scenario, model, batches, experiments, outcomeLabel: outcomeLabels(inputs, scenario) });
      if (options.output === undefined) io.stdout.write(text);
      else writeOutputFile(options.output, text);
    });
}

/**
 * Outcome labels for sweeps and sensitivity analyses, which name outcomes by id: from the
 * runs' scenario, or else from the built-in scenario the first of them names.
 */
function outcomeLabels(inputs: readonly ReportInput[], scenario: Scenario | undefined): (id: string) => string {
  const named = inputs.flatMap((i) => (i.kind === 'sweep' ? [i.sweep.scenario.id] : i.kind === 'sensitivity' ? [i.sensitivity.scenario.id] : []));
  const id = named[0];
  const source = scenario ?? (id !== undefined && builtInScenarioIds().includes(id) ? loadScenario(id) : undefined);
  const labels = new Map(source?.outcomes.map((o) => [o.id, o.label]) ?? []);
  return (outcome) => labels.get(outcome) ?? outcome;
}

/** The one scenario every run was played in: built in by the records' id, or the file given. */
function runsScenario(inputs: readonly Extract<ReportInput, { kind: 'run' }>[], file: string | undefined): Scenario {
  const first = inputs[0]!;
  const id = first.record.scenario.id;
  if (file === undefined && !builtInScenarioIds().includes(id)) {
    throw new UsageError(`${first.file} is a run of scenario '${id}', which is not built in; pass the scenario file it used with --scenario <file>`);
  }
  // Runs under overrides (--set) are compared under the same ones, so their hashes match.
  const scenario = loadScenario(file ?? id, first.record.overrides ?? {});
  for (const input of inputs) {
    if (input.record.scenario.hash !== scenario.hash && (olderRecord(input.record) === undefined || input.record.scenario.id !== scenario.id)) {
      const what = input.record.scenario.id === scenario.id ? `scenario '${scenario.id}' under other overrides (--set) or in another version` : `scenario '${input.record.scenario.id}'`;
      throw new ReplayError(`${input.file}: a run of ${what}, not of the ${file ?? `built-in '${id}'`} the other runs are compared in; a report sets side by side only runs of the same scenario`);
    }
  }
  return scenario;
}

/** A record replayed against its scenario: a report shows only what the engine would do again. */
function checkedRecord(scenario: Scenario, input: Extract<ReportInput, { kind: 'run' }>) {
  try {
    replayRun(scenario, input.record);
    return input.record;
  } catch (error) {
    if (error instanceof ReplayError) throw new ReplayError(`${input.file}: ${error.message}`);
    throw error;
  }
}

/**
 * The input files with any given twice (by the same or another path to it) kept once, so a
 * class's group is never counted twice; a warning says which.
 */
function distinctFiles(files: readonly string[], io: CliIo): string[] {
  const seen = new Map<string, string>();
  const kept: string[] = [];
  for (const file of files) {
    const key = resolve(file);
    const first = seen.get(key);
    if (first !== undefined) {
      io.stderr.write(`report: ${file} is ${first === file ? 'given' : `the same file as ${first}, given`} more than once; it is counted once\n`);
      continue;
    }
    seen.set(key, file);
    kept.push(file);
  }
  return kept;
}

/** Two files holding the very same run are most likely one group's copied file: said, though both count. */
function warnSameRuns(inputs: readonly ReportInput[], io: CliIo): void {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    if (input.kind !== 'run') continue;
    const key = JSON.stringify(input.record);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, input.file);
    else io.stderr.write(`report: ${input.file} holds the same run as ${first}; both count as groups (remove one if it is a copy)\n`);
  }
}
