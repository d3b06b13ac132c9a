import type { ChartSpec } from './render-chart.js';
import type { RunRecord } from '../../records/run-record.js';
import type { Scenario } from '../../engine/scenario.js';
import { escalationRung } from '../../world/escalation-ladder.js';
import { chartTitle, chartValue, escalationQuantity, keyQuantities, quantitySeries } from './run-series.js';
import { TYPICAL_PATH_RUNS, TYPICAL_PATH_SEED, typicalPath } from './typical-path.js';

/** What a chart's dashed line is called, on the chart and in its caption. */
export const TYPICAL_PATH_LABEL = "the model's typical path";

/** The sentence a caption adds so the dashed line is never a mystery. */
export const TYPICAL_PATH_CAPTION = ` The dashed line is ${TYPICAL_PATH_LABEL}: the median rung at each turn over ${TYPICAL_PATH_RUNS} of its own runs (batch seed ${TYPICAL_PATH_SEED}).`;

const WIDTH = 620;

/** A run, or several, with the name each goes by on a chart. */
export interface NamedRun {
  readonly name: string;
  readonly record: RunRecord;
}

/**
 * The escalation rung after the trigger and after every turn. With one run, each point is
 * marked by who decided that turn (the model or a person); with several, one line per run.
 * A dashed grey line, labelled at its end, is the model's typical path (see typicalPath).
 */
export function escalationChart(scenario: Scenario, runs: readonly NamedRun[]): ChartSpec | undefined {
  const quantity = escalationQuantity(scenario);
  if (quantity === undefined) return undefined;
  const single = runs.length === 1;
  const values = runs.flatMap(({ name, record }) =>
    quantitySeries(record, quantity).map((p) => ({
      run: name,
      turn: p.turn,
      rung: p.value,
      stage: escalationRung(p.value).name,
      decided: p.turn === 0 ? 'the trigger' : record.turns[p.turn - 1]!.decidedBy === 'human' ? 'a person' : 'the model',
    })),
  );
  const typical = typicalPath(scenario, quantity).map((p) => ({ turn: p.turn, rung: p.value }));
  const top = Math.max(12, ...values.map((v) => v.rung), ...typical.map((v) => v.rung));
  const x = { field: 'turn', type: 'quantitative', title: 'turn (0: the trigger)', axis: { tickMinStep: 1, format: 'd' } } as const;
  const y = { field: 'rung', type: 'quantitative', title: 'escalation rung', scale: { domain: [0, top] }, axis: { tickMinStep: 1, format: 'd' } } as const;
  return {
    width: WIDTH,
    height: 260,
    data: { values },
    layer: [
      {
        data: { values: typical },
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2.5, strokeDash: [7, 5], color: '#555' },
        encoding: { x, y },
      },
      {
        data: { values: typical.slice(-1).map((p) => ({ ...p, label: TYPICAL_PATH_LABEL })) },
        mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -6, fontSize: 14, color: '#444' },
        encoding: { x, y, text: { field: 'label' } },
      },
      {
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 3 },
        encoding: single ? { x, y, color: { value: '#1f5fa8' } } : { x, y, color: { field: 'run', type: 'nominal', title: 'group' } },
      },
      {
        mark: { type: 'point', filled: true, size: 90 },
        encoding: single
          ? { x, y, shape: { field: 'decided', type: 'nominal', title: 'decided by' }, color: { field: 'decided', type: 'nominal', title: 'decided by', scale: { domain: ['the trigger', 'the model', 'a person'], range: ['#777', '#1f5fa8', '#d1495b'] } } }
          : { x, y, color: { field: 'run', type: 'nominal', title: 'group' } },
      },
    ],
  };
}

/** Each key quantity over the turns, one small chart per quantity on its own scale. */
export function quantitiesChart(scenario: Scenario, runs: readonly NamedRun[]): ChartSpec | undefined {
  const quantities = keyQuantities(scenario, runs.map((r) => r.record));
  if (quantities.length === 0) return undefined;
  const values = runs.flatMap(({ name, record }) =>
    quantities.flatMap((q) => quantitySeries(record, q).map((p) => ({ run: name, quantity: chartTitle(q), turn: p.turn, value: chartValue(q, p.value) }))),
  );
  const color = runs.length === 1 ? { value: '#1f5fa8' } : { field: 'run', type: 'nominal', title: 'group' };
  return {
    data: { values },
    facet: { row: { field: 'quantity', type: 'nominal', title: null, sort: quantities.map(chartTitle), header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelFontWeight: 'bold' } } },
    spec: {
      width: WIDTH,
      height: 110,
      mark: { type: 'line', point: true, strokeWidth: 2.5 },
      encoding: {
        x: { field: 'turn', type: 'quantitative', title: 'turn (0: the trigger)', axis: { tickMinStep: 1, format: 'd' } },
        y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } },
        color,
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
