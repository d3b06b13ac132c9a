import type { BatchSummary } from '../batch/batch-summary.js';
import type { Scenario } from '../engine/scenario.js';
import { batchReport } from './batch-report.js';
import type { NamedRun } from './chart/run-charts.js';
import { classReport } from './class-report.js';
import { html, type Html } from './html.js';
import { sensitivityReport, sweepReport, type OutcomeLabel } from './experiment-report.js';
import { discoveryReport } from './discovery-report.js';
import { page } from './page.js';
import type { DiscoveryData } from './parse-discovery.js';
import type { TurnRowsData } from './parse-turn-rows.js';
import { trajectoryReport } from './trajectory-report.js';
import type { BatchComparison } from '../batch/batch-comparison.js';
import { compareBatches } from '../batch/batch-comparison.js';
import { comparisonReport } from './comparison-report.js';
import type { SensitivityData, SweepData } from './parse-experiment.js';
import { runReport } from './run-report.js';

/** What goes into one report, every part already read and checked. */
export interface ReportContents {
  /** Saved runs of `scenario`: one is a run's debrief, several a class's. */
  readonly runs: readonly NamedRun[];
  /** The scenario the runs were played in; needed when there are runs. */
  readonly scenario?: Scenario | undefined;
  /** The model's distribution for the runs' scenario, and where it came from; needed for a class. */
  readonly model?: { readonly summary: BatchSummary; readonly source: string } | undefined;
  /** Batch summaries to show on their own. */
  readonly batches: readonly { readonly file: string; readonly summary: BatchSummary }[];
  /** Sweeps and sensitivity analyses, each shown on its own. */
  readonly experiments?: readonly Experiment[] | undefined;
  /** Outcome labels by id, where the report knows the scenario; ids are shown otherwise. */
  readonly outcomeLabel?: OutcomeLabel | undefined;
}

export type Experiment =
  | { readonly kind: 'sweep'; readonly file: string; readonly sweep: SweepData }
  | { readonly kind: 'sensitivity'; readonly file: string; readonly sensitivity: SensitivityData }
  | { readonly kind: 'discovery'; readonly file: string; readonly discovery: DiscoveryData }
  | { readonly kind: 'turns'; readonly file: string; readonly turns: TurnRowsData }
  | { readonly kind: 'comparison'; readonly file: string; readonly comparison: BatchComparison };

/** The whole report as one self-contained HTML document. */
export async function buildReport(contents: ReportContents): Promise<string> {
  const parts: Html[] = [];
  const { runs, scenario, model } = contents;
  if (runs.length > 0) {
    if (scenario === undefined) throw new Error('a report of runs needs their scenario');
    if (runs.length === 1) parts.push(await runReport(scenario, runs[0]!.record, runs[0]!.name));
    else {
      if (model === undefined) throw new Error("a class report needs the model's distribution");
      parts.push(await classReport(scenario, runs, model.summary, model.source));
    }
  }
  for (const { file, summary } of contents.batches) parts.push(await batchReport(summary, file));
  // Batches side by side are compared, each with the first: a difference and its interval, not two stacked tables.
  const [firstBatch, ...others] = contents.batches;
  for (const other of others) parts.push(await comparisonReport(compareBatches({ name: firstBatch!.file, summary: firstBatch!.summary }, { name: other.file, summary: other.summary }), undefined));
  const label = contents.outcomeLabel ?? ((id: string) => id);
  const experiments = contents.experiments ?? [];
  for (const e of experiments) {
    parts.push(
      e.kind === 'sweep'
        ? await sweepReport(e.sweep, e.file, label)
        : e.kind === 'sensitivity'
          ? await sensitivityReport(e.sensitivity, e.file, label)
          : e.kind === 'discovery'
            ? await discoveryReport(e.discovery, e.file, label)
            : e.kind === 'comparison'
              ? await comparisonReport(e.comparison, e.file)
              : await trajectoryReport(e.turns, e.file),
    );
  }
  const first = experiments[0];
  const title =
    runs.length > 1
      ? `${scenario!.title}: class debrief`
      : runs.length === 1
        ? `${scenario!.title}: debrief`
        : contents.batches[0] !== undefined
          ? `${contents.batches[0].summary.scenario.title}: batch`
          : first !== undefined
            ? first.kind === 'discovery'
              ? `When does ${first.discovery.outcome} happen?`
              : first.kind === 'turns'
                ? `Trajectories: ${first.file}`
                : first.kind === 'comparison'
                  ? `${first.comparison.a.scenario.title}: B against A`
                : `${(first.kind === 'sweep' ? first.sweep : first.sensitivity).scenario.title}: ${first.kind}`
            : 'wargame';
  return page(title, html`${parts.map((p, i) => html`<article class="${i < parts.length - 1 ? 'card' : ''}">${p}</article>`)}`);
}
